"""Defined Terms that PS3.3 hands to a PS3.16 annex table, resolved into the attribute.

PS3.3 2024c moved the Defined Terms of Filter Material (0018,7050) to PS3.16
Annex P: "See Annex P “Correspondence of X-Ray Filter Material Codes and Defined
Terms” in PS3.16 for Defined Terms." (PS3.3 C.8.7.10 Table C.8-35a and seven
other tables); Table P-1 adds TANTALUM and TIN. Body Part Examined (0018,0015)
likewise names Annex L, whose Table L-1 lists the terms (PS3.3 C.7.3.1 Table
C.7-8). The values belong to the attribute: an attribute whose description names
``Annex X ... PS3.16`` and lists no values of its own takes as Defined Terms the
column of Table X-1 headed by the attribute's name ("Filter Material", "Body Part
Examined"), each term's meaning that row's Code Meaning.
"""

from __future__ import annotations

import re
from typing import TypeVar

from generator.ir.modules import AttributeTable, AttributeUse, Term, ValueKind, ValueSet
from generator.parse.columns import cell_text, clean
from generator.readers.model import Document

_ANNEX = re.compile(
    r"\bAnnex (?P<annex>[A-Z]{1,2})\b[^.]*\bPS3\.16\b"
    r"|\bPS3\.16\b[^.]*\bAnnex (?P<annex2>[A-Z]{1,2})\b"
)
TableT = TypeVar("TableT", bound=AttributeTable)
MEANING_COLUMN = "Code Meaning"


def _normal(text: str) -> str:
    return clean(text).casefold()


def annex_columns(document: Document) -> dict[tuple[str, str], tuple[Term, ...]]:
    """``(annex, column name) -> terms`` for the first table of each lettered annex."""
    found: dict[tuple[str, str], tuple[Term, ...]] = {}
    for table in document.tables.values():
        match = re.fullmatch(r"table_([A-Z]{1,2})-1", table.id)
        if match is None or not table.header:
            continue
        headers = [_normal(cell.text) for cell in table.header[-1]]
        if _normal(MEANING_COLUMN) not in headers:
            continue
        meaning = headers.index(_normal(MEANING_COLUMN))
        for index, header in enumerate(headers):
            terms: dict[str, Term] = {}
            for row in table.rows:
                value = cell_text(row, index)
                if value and value not in terms:
                    terms[value] = Term(value=value, meaning=cell_text(row, meaning))
            if terms:
                found[(match.group(1), header)] = tuple(terms.values())
    return found


def _handed(
    attribute: AttributeUse, columns: dict[tuple[str, str], tuple[Term, ...]]
) -> AttributeUse:
    children = tuple(_handed(child, columns) for child in attribute.children)
    if children != attribute.children:
        attribute = attribute.model_copy(update={"children": children})
    if attribute.enumerated_values or attribute.defined_terms:
        return attribute
    match = _ANNEX.search(clean(attribute.description))
    if match is None:
        return attribute
    annex = match.group("annex") or match.group("annex2")
    terms = columns.get((annex, _normal(attribute.name)))
    if terms is None:
        return attribute
    value_set = ValueSet(kind=ValueKind.DEFINED, terms=terms, source=f"PS3.16 table_{annex}-1")
    return attribute.model_copy(update={"defined_terms": (value_set,)})


def hand_values(tables: tuple[TableT, ...], document: Document) -> tuple[TableT, ...]:
    """``tables`` with the values their attributes hand to PS3.16 ``document`` resolved."""
    columns = annex_columns(document)
    resolved = []
    for table in tables:
        attributes = tuple(_handed(attribute, columns) for attribute in table.attributes)
        if attributes != table.attributes:
            table = table.model_copy(update={"attributes": attributes})
        resolved.append(table)
    return tuple(resolved)
