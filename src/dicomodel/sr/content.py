"""SR content items (PS3.3 Section C.17.3) as a plain tree, and to/from pydicom items.

A :class:`ContentItem` is one item of a Content Sequence (0040,A730): value type,
concept name, relationship with its parent, its value, and its children. Values
by value type (PS3.3 Table C.17-3 and Section 10.2 of PS3.3, the Content Item
Macro): CODE a :class:`~dicomodel.coding.Code`, NUM a :class:`Num`, TEXT /
UIDREF / PNAME / DATETIME / DATE / TIME the text as encoded, IMAGE / COMPOSITE /
WAVEFORM a :class:`Reference`, SCOORD / SCOORD3D a :class:`Coordinates`, a
CONTAINER ``None``.

A by-reference relationship (PS3.16 Table 6.1.3-1, "R-RTYPE") is an item with a
relationship and a ``reference``, the Referenced Content Item Identifier (0040,DB73)
of its target, and nothing else; :func:`link_references` finds the targets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from dicomodel.coding import Code

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

__all__ = [
    "ContentItem",
    "Coordinates",
    "Num",
    "Reference",
    "from_dataset",
    "item_sequence",
    "link_references",
    "read_item_sequence",
    "to_dataset",
]

_TEXT_KEYWORDS = {
    "TEXT": "TextValue",
    "UIDREF": "UID",
    "PNAME": "PersonName",
    "DATETIME": "DateTime",
    "DATE": "Date",
    "TIME": "Time",
}
_REFERENCE_TYPES = frozenset({"IMAGE", "COMPOSITE", "WAVEFORM"})


@dataclass(frozen=True, slots=True)
class Num:
    """A NUM value: the number and its units (PS3.3 Section C.18.1, Measured Value Sequence)."""

    value: float
    units: Code


@dataclass(frozen=True, slots=True)
class Reference:
    """An IMAGE, COMPOSITE or WAVEFORM value: the referenced SOP Instance (and frames)."""

    sop_class_uid: str
    sop_instance_uid: str
    frames: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Coordinates:
    """A SCOORD or SCOORD3D value (PS3.3 Sections C.18.6 and C.18.9).

    ``frame_of_reference_uid`` is set for SCOORD3D only.
    """

    graphic_type: str
    data: tuple[float, ...]
    frame_of_reference_uid: str | None = None


Value = Code | Num | Reference | Coordinates | str | None


def _no_items() -> list[ContentItem]:
    return []


@dataclass(slots=True)
class ContentItem:
    """One content item and its children (PS3.3 Section C.17.3.2).

    ``relationship`` is ``None`` for the root (and in a content item sequence of an
    image IOD, where items have none); ``template`` is the TID of the Content
    Template Sequence (0040,A504) of a CONTAINER, when it has one.
    """

    value_type: str
    concept: Code | None
    value: Value = None
    relationship: str | None = None
    children: list[ContentItem] = field(default_factory=_no_items)
    template: str | None = None
    reference: tuple[int, ...] | None = None
    target: ContentItem | None = field(default=None, repr=False, compare=False)

    @property
    def seen(self) -> ContentItem | None:
        """What a template row sees: the item, or a by-reference item's target."""
        return self if self.reference is None else self.target

    def child(self, concept: Code) -> ContentItem | None:
        """The first child with this concept name, if any."""
        return next((c for c in self.children if c.concept == concept), None)


def _code_item(code: Code) -> Dataset:
    from pydicom.dataset import Dataset

    item = Dataset()
    item.CodeValue = code.value
    item.CodingSchemeDesignator = code.scheme
    item.CodeMeaning = code.meaning
    return item


def _code(item: Dataset) -> Code:
    value = item.get("CodeValue") or item.get("LongCodeValue") or item.get("URNCodeValue")
    return Code(
        str(item.get("CodingSchemeDesignator", "")), str(value), str(item.get("CodeMeaning", ""))
    )


def to_dataset(item: ContentItem, *, macro: bool = False) -> Dataset:
    """The content item as a pydicom item (the root: the data set's content attributes).

    ``macro``: as an item of a content item sequence of an image IOD (PS3.3 Table 10-2,
    Content Item Macro): NUM is ``NUMERIC`` with Numeric Value and Measurement Units
    Code Sequence in the item itself, and there is no relationship.
    """
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    ds = Dataset()
    if item.relationship is not None and not macro:
        ds.RelationshipType = item.relationship
    if item.reference is not None:  # PS3.3 Table C.17-6: the relationship and target only
        ds.ReferencedContentItemIdentifier = list(item.reference)
        return ds
    ds.ValueType = "NUMERIC" if macro and item.value_type == "NUM" else item.value_type
    if item.concept is not None:
        ds.ConceptNameCodeSequence = Sequence([_code_item(item.concept)])
    value = item.value
    if item.value_type == "CONTAINER":
        ds.ContinuityOfContent = "SEPARATE"
        if item.template is not None:
            template = Dataset()
            template.MappingResource = "DCMR"
            template.TemplateIdentifier = item.template
            ds.ContentTemplateSequence = Sequence([template])
    elif isinstance(value, Code):
        ds.ConceptCodeSequence = Sequence([_code_item(value)])
    elif isinstance(value, Num) and macro:
        ds.NumericValue = value.value
        ds.MeasurementUnitsCodeSequence = Sequence([_code_item(value.units)])
    elif isinstance(value, Num):
        measured = Dataset()
        measured.NumericValue = value.value
        measured.MeasurementUnitsCodeSequence = Sequence([_code_item(value.units)])
        ds.MeasuredValueSequence = Sequence([measured])
    elif isinstance(value, Reference):
        referenced = Dataset()
        referenced.ReferencedSOPClassUID = value.sop_class_uid
        referenced.ReferencedSOPInstanceUID = value.sop_instance_uid
        if value.frames:
            referenced.ReferencedFrameNumber = list(value.frames)
        ds.ReferencedSOPSequence = Sequence([referenced])
    elif isinstance(value, Coordinates):
        ds.GraphicType = value.graphic_type
        ds.GraphicData = list(value.data)
        if value.frame_of_reference_uid is not None:
            ds.ReferencedFrameOfReferenceUID = value.frame_of_reference_uid
    elif isinstance(value, str) and item.value_type in _TEXT_KEYWORDS:
        setattr(ds, _TEXT_KEYWORDS[item.value_type], value)
    if item.children:
        ds.ContentSequence = Sequence([to_dataset(child, macro=macro) for child in item.children])
    return ds


def _integers(value: object) -> tuple[int, ...]:
    """An integer attribute's values (pydicom gives one value bare, several as a list)."""
    if value is None:
        return ()
    if isinstance(value, int | str | float):
        return (int(value),)
    return tuple(int(v) for v in cast("Iterable[int | str]", value))


def _value(ds: Dataset, value_type: str) -> Value:
    if value_type == "CODE" and ds.get("ConceptCodeSequence"):
        return _code(ds.ConceptCodeSequence[0])
    if value_type == "NUM" and "NumericValue" in ds and ds.get("MeasurementUnitsCodeSequence"):
        units = _code(ds.MeasurementUnitsCodeSequence[0])
        return Num(float(ds.NumericValue), units)  # Content Item Macro, PS3.3 Table 10-2
    if value_type == "NUM" and ds.get("MeasuredValueSequence"):
        measured = ds.MeasuredValueSequence[0]
        return Num(float(measured.NumericValue), _code(measured.MeasurementUnitsCodeSequence[0]))
    if value_type in _REFERENCE_TYPES and ds.get("ReferencedSOPSequence"):
        ref = ds.ReferencedSOPSequence[0]
        return Reference(
            str(ref.ReferencedSOPClassUID),
            str(ref.ReferencedSOPInstanceUID),
            _integers(ref.get("ReferencedFrameNumber")),
        )
    if value_type in ("SCOORD", "SCOORD3D") and "GraphicData" in ds:
        frame = ds.get("ReferencedFrameOfReferenceUID")
        return Coordinates(
            str(ds.GraphicType),
            tuple(float(v) for v in ds.GraphicData),
            None if frame is None else str(frame),
        )
    keyword = _TEXT_KEYWORDS.get(value_type)
    if keyword is not None and keyword in ds:
        return str(ds.get(keyword))
    return None


def from_dataset(ds: Dataset) -> ContentItem:
    """A pydicom item (or the root data set of an SR document) as a content item tree."""
    concept_items = ds.get("ConceptNameCodeSequence")
    value_type = str(ds.get("ValueType", ""))
    value_type = "NUM" if value_type == "NUMERIC" else value_type
    templates = ds.get("ContentTemplateSequence")
    identifier = ds.get("ReferencedContentItemIdentifier")
    if identifier is not None:
        return ContentItem(
            value_type=value_type,
            concept=None,
            relationship=str(ds.RelationshipType) if "RelationshipType" in ds else None,
            reference=_integers(identifier),
        )
    return ContentItem(
        value_type=value_type,
        concept=_code(concept_items[0]) if concept_items else None,
        value=_value(ds, value_type),
        relationship=str(ds.RelationshipType) if "RelationshipType" in ds else None,
        children=[from_dataset(child) for child in ds.get("ContentSequence", [])],
        template=str(templates[0].TemplateIdentifier) if templates else None,
    )


def find(root: ContentItem, identifier: tuple[int, ...]) -> ContentItem | None:
    """The item at ``identifier`` in the tree of ``root`` (PS3.3 Section C.17.3.2.5:
    the root is 1, each further number a position in its parent's Content Sequence)."""
    if not identifier or identifier[0] != 1:
        return None
    item = root
    for position in identifier[1:]:
        if not 1 <= position <= len(item.children):
            return None
        item = item.children[position - 1]
    return item


def link_references(root: ContentItem) -> list[ContentItem]:
    """Set ``target`` on every by-reference item of the tree; the items whose target
    is not there (or is itself a reference) are returned."""
    broken: list[ContentItem] = []
    pending = [root]
    while pending:
        item = pending.pop()
        pending.extend(item.children)
        if item.reference is None:
            continue
        found = find(root, item.reference)
        item.target = found if found is not None and found.reference is None else None
        if item.target is None:
            broken.append(item)
    return broken


def item_sequence(items: list[ContentItem]) -> list[Dataset]:
    """Items of a content item sequence of an image IOD (Content Item Macro encoding)."""
    return [to_dataset(item, macro=True) for item in items]


def read_item_sequence(datasets: list[Dataset]) -> list[ContentItem]:
    """The content items of a content item sequence (Acquisition Context Sequence ...)."""
    return [from_dataset(ds) for ds in datasets]
