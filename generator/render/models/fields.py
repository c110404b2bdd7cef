"""From a PS3.3 attribute row and the data dictionary to a field annotation."""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.modules import AttributeType, AttributeUse, ValueKind
from generator.ir.registry import DataElement
from generator.ir.vocabulary import VR

STRING_VRS = frozenset({VR.AE, VR.CS, VR.LO, VR.LT, VR.SH, VR.ST, VR.UC, VR.UT})
REQUIRED_TYPES = frozenset({AttributeType.TYPE_1, AttributeType.TYPE_2})


@dataclass(frozen=True, slots=True)
class ElementType:
    """The Python side of a data element: VR aliases and whether it holds many values."""

    vrs: tuple[VR, ...]
    multiple: bool

    @property
    def base(self) -> str:
        """``vr.PN`` or ``vr.US | vr.SS``; ``vr.UN`` when PS3.6 gives no VR."""
        names = [f"vr.{vr.value}" for vr in self.vrs] or ["vr.UN"]
        return " | ".join(names)

    @property
    def vr_text(self) -> str:
        """The VR as written in the ``Attribute`` metadata (``US or SS``)."""
        return " or ".join(vr.value for vr in self.vrs) or "UN"

    @property
    def is_string(self) -> bool:
        """True when every VR is a plain text VR that an enum can stand for."""
        return bool(self.vrs) and set(self.vrs) <= STRING_VRS


def element_type(element: DataElement) -> ElementType:
    """VRs and multiplicity of a dictionary element (VM other than ``1`` is a list)."""
    return ElementType(vrs=element.vrs, multiple=element.vm not in ("1", ""))


def enumerated_by_index(attribute: AttributeUse) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Enumerated Values per value index (0: every value), conditional lists merged."""
    by_index: dict[int, list[str]] = {}
    for value_set in attribute.enumerated_values:
        index = value_set.value_index or 0
        values = by_index.setdefault(index, [])
        values.extend(value for value in value_set.values if value not in values)
    return tuple((index, tuple(values)) for index, values in sorted(by_index.items()))


def single_value_terms(attribute: AttributeUse, kind: ValueKind) -> tuple[tuple[str, str], ...]:
    """(value, meaning) of the sets of ``kind`` that apply to every value, in order."""
    sets = attribute.enumerated_values if kind is ValueKind.ENUMERATED else attribute.defined_terms
    found: dict[str, str] = {}
    for value_set in sets:
        if value_set.value_index not in (None, 1):
            continue
        for term in value_set.terms:
            found.setdefault(term.value, term.meaning)
    return tuple(found.items())


def is_required(attribute_type: AttributeType | None) -> bool:
    """Type 1 and 2 must be present; 1C, 2C, 3 (and unknown) may be absent."""
    return attribute_type in REQUIRED_TYPES
