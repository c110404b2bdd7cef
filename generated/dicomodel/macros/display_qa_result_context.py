"""Display QA Result Context Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as _ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as _MeasurementEquipmentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ActualHumanPerformersSequenceItem = Lazy(
        "dicomodel.items.actual_human_performers_sequence_item", "ActualHumanPerformersSequenceItem"
    )
    _MeasurementEquipmentSequenceItem = Lazy(
        "dicomodel.items.measurement_equipment_sequence_item", "MeasurementEquipmentSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.measurement_equipment_type import (
        MeasurementEquipmentType as MeasurementEquipmentType,
    )
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HumanPerformerCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem,
    )

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "ContextGroupExtensionFlag",
    "DisplayQAResultContextMacro",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
]


class DisplayQAResultContextMacro(DicomModel):
    """Display QA Result Context Macro Attributes (PS3.3 Table C.32.3.1-1)."""

    dicom_name: ClassVar[str] = "Display QA Result Context"
    dicom_table: ClassVar[str] = "table_C.32.3.1-1"

    PerformedProcedureStepStartDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404050, "DT", "1", None, name="Performed Procedure Step Start DateTime"),
    ] = None
    """Performed Procedure Step Start DateTime (0040,4050): no Type, VR DT, VM 1. Date and Time at which the QA job that generated the results started."""

    PerformedProcedureStepEndDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404051, "DT", "1", None, name="Performed Procedure Step End DateTime"),
    ] = None
    """Performed Procedure Step End DateTime (0040,4051): no Type, VR DT, VM 1. Date and Time at which the QA job that generated the results ended."""

    ActualHumanPerformersSequence: Annotated[
        list[_ActualHumanPerformersSequenceItem] | None,
        Attribute(0x00404035, "SQ", "1", None, name="Actual Human Performer Sequence"),
    ] = None
    """Actual Human Performer Sequence (0040,4035): no Type, VR SQ, VM 1. Human performer(s) responsible for the results. Zero or more Items shall be included in this Sequence."""

    MeasurementEquipmentSequence: Annotated[
        list[_MeasurementEquipmentSequenceItem] | None,
        Attribute(0x00287012, "SQ", "1", None, name="Measurement Equipment Sequence"),
    ] = None
    """Measurement Equipment Sequence (0028,7012): no Type, VR SQ, VM 1. Describes the measurement equipment (if any) used in deriving the results. This may describe standalone equipment or may re-iterate details of equipment built into the Display System. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ActualHumanPerformersSequenceItem": (
        "dicomodel.items.actual_human_performers_sequence_item",
        "ActualHumanPerformersSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HumanPerformerCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementEquipmentSequenceItem": (
        "dicomodel.items.measurement_equipment_sequence_item",
        "MeasurementEquipmentSequenceItem",
    ),
    "MeasurementEquipmentType": (
        "dicomodel.enums.measurement_equipment_type",
        "MeasurementEquipmentType",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
