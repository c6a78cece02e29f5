"""warta: political event data (PLOVER, with CAMEO alongside) from Indonesian and English news.

>>> import warta
>>> events = warta.code(text, lang=None, pub_date="2023-10-19")
"""

__version__ = "0.1.0"


def code(text: str, lang: str | None = None, pub_date: str | None = None, doc: str = "doc"):
    """Code one article: a list of `warta.model.Event`, each with its evidence."""
    from warta.coder import code as _code

    return _code(text, lang=lang, pub_date=pub_date, doc=doc)
