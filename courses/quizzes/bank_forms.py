"""The champion's forms for importing a question bank into a pool."""

from django import forms

from community.forms import PostwiseForm
from courses.quizzes.banks import BankFileError, LineError, ParsedQuestion
from courses.quizzes.banks.aiken import parse_aiken
from courses.quizzes.banks.gift import parse_gift
from courses.quizzes.models import QuestionPool

MAX_BANK_BYTES = 1024 * 1024
PARSERS = {"gift": parse_gift, "aiken": parse_aiken}


class BankImportForm(PostwiseForm):
    """A pool, a format and a file; or, when confirming, the text already checked (sent back hidden)."""

    pool = forms.ModelChoiceField(
        queryset=QuestionPool.objects.order_by("name"),
        label="Pool",
        help_text="The questions arrive in this pool as drafts, for another champion to approve.",
        error_messages={"required": "Choose the pool the questions go into."},
    )
    format = forms.ChoiceField(
        label="Format",
        choices=[("gift", "GIFT (Moodle)"), ("aiken", "Aiken")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the file's format."},
    )
    file = forms.FileField(
        label="File",
        required=False,
        help_text="A UTF-8 text file of at most 1 MB.",
        error_messages={"empty": "The file is empty. Choose a file with questions in it."},
    )
    text = forms.CharField(required=False, widget=forms.HiddenInput, max_length=MAX_BANK_BYTES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions: list[ParsedQuestion] = []
        self.line_errors: list[LineError] = []

    def clean(self):
        cleaned = super().clean()
        upload, text = cleaned.get("file"), cleaned.get("text")
        if upload is not None:
            if upload.size > MAX_BANK_BYTES:
                self.add_error("file", "The file is larger than 1 MB. Split it into smaller files.")
                return cleaned
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                self.add_error("file", "The file is not UTF-8 text. Save it as UTF-8 and try again.")
                return cleaned
        if not text:
            if "file" not in self.errors:
                self.add_error("file", "Choose a file to import.")
            return cleaned
        cleaned["text"] = text
        parser = PARSERS.get(cleaned.get("format"))
        if parser is None:
            return cleaned
        try:
            self.questions = parser(text)
        except BankFileError as error:
            self.line_errors = error.errors
            count = len(error.errors)
            self.add_error("file", f"The file has {count} problem{'s' if count != 1 else ''}. Nothing was imported.")
        return cleaned
