from django import template

register = template.Library()


@register.filter
def get_item(mapping: dict, key):
    return mapping.get(key)


@register.filter
def item_at(sequence, index: int):
    try:
        return sequence[index]
    except (IndexError, TypeError):
        return None
