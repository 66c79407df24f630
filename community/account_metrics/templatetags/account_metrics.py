"""`{% load account_metrics %}{% account_trend_charts account %}`: the account's trend charts, each with
its data table, for any page (the register's account page places it). Shows nothing to a viewer who
may not see the account's measures."""

from django import template

from community.account_metrics.charts import trend_charts
from community.account_metrics.selectors import recent_measures
from community.permissions import permissions

register = template.Library()


@register.inclusion_tag("account_metrics/trend_charts.html", takes_context=True)
def account_trend_charts(context, account, months: int = 12):
    user = context["request"].user
    if not permissions.can(user, "account_metrics.view", account):
        return {"charts": [], "account": account, "allowed": False}
    return {"charts": trend_charts(recent_measures(account=account, limit=months)), "account": account, "allowed": True}
