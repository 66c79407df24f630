from django.db import models


class Theme(models.TextChoices):
    POLICY = "policy", "Policy and rules"
    STYLE = "style", "Communication style"
    ACTIVITIES = "activities", "Activities, such as service alerts and promoting events"


class Stance(models.TextChoices):
    DO = "do", "Do"
    DONT = "dont", "Don’t"
