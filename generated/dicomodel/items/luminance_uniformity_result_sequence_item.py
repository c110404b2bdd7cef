"""Item class LuminanceUniformityResultSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSourceValue as _AmbientLightValueSourceValue,
    )
    from dicomodel.enums.white_point_flag import WhitePointFlagValue as _WhitePointFlagValue
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as _ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.luminance_response_sequence_item import (
        LuminanceResponseSequenceItem as _LuminanceResponseSequenceItem,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as _MeasurementEquipmentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ActualHumanPerformersSequenceItem = Lazy(
        "dicomodel.items.actual_human_performers_sequence_item", "ActualHumanPerformersSequenceItem"
    )
    _AmbientLightValueSourceValue = Lazy(
        "dicomodel.enums.ambient_light_value_source", "AmbientLightValueSourceValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _LuminanceResponseSequenceItem = Lazy(
        "dicomodel.items.luminance_response_sequence_item", "LuminanceResponseSequenceItem"
    )
    _MeasurementEquipmentSequenceItem = Lazy(
        "dicomodel.items.measurement_equipment_sequence_item", "MeasurementEquipmentSequenceItem"
    )
    _WhitePointFlagValue = Lazy("dicomodel.enums.white_point_flag", "WhitePointFlagValue")

if TYPE_CHECKING:
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSource as AmbientLightValueSource,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.measurement_equipment_type import (
        MeasurementEquipmentType as MeasurementEquipmentType,
    )
    from dicomodel.enums.white_point_flag import WhitePointFlag as WhitePointFlag
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HumanPerformerCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementPatternCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.luminance_response_sequence_item import (
        LuminanceResponseSequenceItem as LuminanceResponseSequenceItem,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem,
    )

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "AmbientLightValueSource",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "LuminanceResponseSequenceItem",
    "LuminanceUniformityResultSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
    "MeasurementPatternCodeSequenceItem",
    "WhitePointFlag",
]


class LuminanceUniformityResultSequenceItem(DicomModel):
    """An item of Luminance Uniformity Result Sequence (0028,7027), as first defined in QA Results Module Attributes (C.32.3-1)."""

    dicom_name: ClassVar[str] = "Luminance Uniformity Result Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

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

    NumberOfLuminancePoints: Annotated[
        vr.US | None, Attribute(0x0028701B, "US", "1", None, name="Number of Luminance Points")
    ] = None
    """Number of Luminance Points (0028,701B): no Type, VR US, VM 1. The number of luminance measurements recorded. The number depends on the test pattern specified in the Measurement Pattern Code Sequence (0028,702D)."""

    MeasurementPatternCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0028702D, "SQ", "1", None, name="Measurement Pattern Code Sequence"),
    ] = None
    """Measurement Pattern Code Sequence (0028,702D): no Type, VR SQ, VM 1. Definition of the locations on the display device at which luminance measurements were taken. One measurement is recorded for each location."""

    DDLValue: Annotated[vr.US | None, Attribute(0x00287017, "US", "1", None, name="DDL Value")] = (
        None
    )
    """DDL Value (0028,7017): no Type, VR US, VM 1. The integer Digital Driving Level (DDL) at which the luminance values were measured. Luminance Uniformity measurement uses the same DDL value for all measurements."""

    WhitePointFlag: Annotated[
        _WhitePointFlagValue | None,
        Attribute(
            0x00287021, "CS", "1", None, name="White Point Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """White Point Flag (0028,7021): no Type, VR CS, VM 1. Whether white point values were also recorded at each location. Enumerated Values: YES NO"""

    LuminanceResponseSequence: Annotated[
        list[_LuminanceResponseSequenceItem] | None,
        Attribute(0x0028701C, "SQ", "1", None, name="Luminance Response Sequence"),
    ] = None
    """Luminance Response Sequence (0028,701C): no Type, VR SQ, VM 1. Recorded Luminance Response Values The number of Items shall match the value of Number of Luminance Points (0028, 701B). The Items shall be stored in major row order (from left to right then from top to bottom)."""

    ReflectedAmbientLight: Annotated[
        vr.US | None, Attribute(0x20100160, "US", "1", None, name="Reflected Ambient Light")
    ] = None
    """Reflected Ambient Light (2010,0160): no Type, VR US, VM 1. Reflected ambient light in candelas per square meter (cd/m2) when the measurements were taken."""

    AmbientLightValueSource: Annotated[
        _AmbientLightValueSourceValue | None,
        Attribute(
            0x00287025,
            "CS",
            "1",
            None,
            name="Ambient Light Value Source",
            enumerated=((0, ("DEFAULT", "MEASURED", "PROVIDED")),),
        ),
    ] = None
    """Ambient Light Value Source (0028,7025): no Type, VR CS, VM 1. Source of the ambient light value. Enumerated Values: DEFAULT a configured default value was used. MEASURED the value was measured at the time of the other measurements. PROVIDED the value was provided by an external source."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ActualHumanPerformersSequenceItem": (
        "dicomodel.items.actual_human_performers_sequence_item",
        "ActualHumanPerformersSequenceItem",
    ),
    "AmbientLightValueSource": (
        "dicomodel.enums.ambient_light_value_source",
        "AmbientLightValueSource",
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
    "LuminanceResponseSequenceItem": (
        "dicomodel.items.luminance_response_sequence_item",
        "LuminanceResponseSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementEquipmentSequenceItem": (
        "dicomodel.items.measurement_equipment_sequence_item",
        "MeasurementEquipmentSequenceItem",
    ),
    "MeasurementEquipmentType": (
        "dicomodel.enums.measurement_equipment_type",
        "MeasurementEquipmentType",
    ),
    "MeasurementPatternCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "WhitePointFlag": ("dicomodel.enums.white_point_flag", "WhitePointFlag"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
