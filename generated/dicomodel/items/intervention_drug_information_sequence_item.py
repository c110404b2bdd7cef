"""Item class InterventionDrugInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdministrationRouteCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterventionDrugCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InterventionDrugCodeSequenceItem",
    "InterventionDrugInformationSequenceItem",
    "MappingResourceTerm",
]


class InterventionDrugInformationSequenceItem(DicomModel):
    """An item of Intervention Drug Information Sequence (0018,0026), as first defined in NM Isotope Module Attributes (C.8-10)."""

    dicom_name: ClassVar[str] = "Intervention Drug Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-10"

    InterventionDrugName: Annotated[
        vr.LO | None, Attribute(0x00180034, "LO", "1", "3", name="Intervention Drug Name")
    ] = None
    """Intervention Drug Name (0018,0034): Type 3, VR LO, VM 1. Name of intervention drug."""

    InterventionDrugCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00180029, "SQ", "1", "3", name="Intervention Drug Code Sequence"),
    ] = None
    """Intervention Drug Code Sequence (0018,0029): Type 3, VR SQ, VM 1. Sequence that identifies the intervention drug name. Only a single Item is permitted in this Sequence."""

    AdministrationRouteCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00540302, "SQ", "1", "3", name="Administration Route Code Sequence"),
    ] = None
    """Administration Route Code Sequence (0054,0302): Type 3, VR SQ, VM 1. Sequence that identifies the administration route for the intervention drug. Only a single Item is permitted in this Sequence."""

    InterventionDrugStartTime: Annotated[
        vr.TM | None, Attribute(0x00180035, "TM", "1", "3", name="Intervention Drug Start Time")
    ] = None
    """Intervention Drug Start Time (0018,0035): Type 3, VR TM, VM 1. Time of administration of the intervention drug, using the same time base as for Acquisition Time (0008,0032)."""

    InterventionDrugStopTime: Annotated[
        vr.TM | None, Attribute(0x00180027, "TM", "1", "3", name="Intervention Drug Stop Time")
    ] = None
    """Intervention Drug Stop Time (0018,0027): Type 3, VR TM, VM 1. Time of completion of administration of the intervention drug, using the same time base as for Acquisition Time (0008,0032)."""

    InterventionDrugDose: Annotated[
        vr.DS | None, Attribute(0x00180028, "DS", "1", "3", name="Intervention Drug Dose")
    ] = None
    """Intervention Drug Dose (0018,0028): Type 3, VR DS, VM 1. Intervention drug dose, in mg."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdministrationRouteCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InterventionDrugCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
