"""Item class ReferencedBeamSequenceItemRTFractionScheme.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.alternate_beam_dose_type import (
        AlternateBeamDoseTypeValue as _AlternateBeamDoseTypeValue,
    )
    from dicomodel.enums.beam_dose_type import BeamDoseTypeValue as _BeamDoseTypeValue
    from dicomodel.enums.dose_calibration_conditions_verified_flag import (
        DoseCalibrationConditionsVerifiedFlagValue as _DoseCalibrationConditionsVerifiedFlagValue,
    )
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.dose_calibration_conditions_sequence_item import (
        DoseCalibrationConditionsSequenceItem as _DoseCalibrationConditionsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateBeamDoseTypeValue = Lazy(
        "dicomodel.enums.alternate_beam_dose_type", "AlternateBeamDoseTypeValue"
    )
    _BeamDoseTypeValue = Lazy("dicomodel.enums.beam_dose_type", "BeamDoseTypeValue")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _DoseCalibrationConditionsSequenceItem = Lazy(
        "dicomodel.items.dose_calibration_conditions_sequence_item",
        "DoseCalibrationConditionsSequenceItem",
    )
    _DoseCalibrationConditionsVerifiedFlagValue = Lazy(
        "dicomodel.enums.dose_calibration_conditions_verified_flag",
        "DoseCalibrationConditionsVerifiedFlagValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.alternate_beam_dose_type import (
        AlternateBeamDoseType as AlternateBeamDoseType,
    )
    from dicomodel.enums.beam_dose_type import BeamDoseType as BeamDoseType
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.dose_calibration_conditions_verified_flag import (
        DoseCalibrationConditionsVerifiedFlag as DoseCalibrationConditionsVerifiedFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.dose_calibration_conditions_sequence_item import (
        DoseCalibrationConditionsSequenceItem as DoseCalibrationConditionsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AlternateBeamDoseType",
    "BeamDoseType",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DoseCalibrationConditionsSequenceItem",
    "DoseCalibrationConditionsVerifiedFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "ReferencedBeamSequenceItemRTFractionScheme",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class ReferencedBeamSequenceItemRTFractionScheme(DicomModel):
    """An item of Referenced Beam Sequence (300C,0004), as first defined in RT Fraction Scheme Module Attributes (C.8-49)."""

    dicom_name: ClassVar[str] = "Referenced Beam Sequence"
    dicom_table: ClassVar[str] = "table_C.8-49"

    ReferencedBeamNumber: Annotated[
        vr.IS, Attribute(0x300C0006, "IS", "1", "1", name="Referenced Beam Number")
    ]
    """Referenced Beam Number (300C,0006): Type 1, VR IS, VM 1. Uniquely identifies Beam specified by Beam Number (300A,00C0) within Beam Sequence (300A,00B0) in RT Beams Module or within Ion Beam Sequence (300A,03A2) in RT Ion Beams Module."""

    ReferencedDoseReferenceUID: Annotated[
        vr.UI | None, Attribute(0x300A0083, "UI", "1", "3", name="Referenced Dose Reference UID")
    ] = None
    """Referenced Dose Reference UID (300A,0083): Type 3, VR UI, VM 1. Identifies the Dose Reference specified by Dose Reference UID (300A,0013) in the Dose Reference Sequence (300A,0010) in the RT Prescription Module, which specifies the primary target for the current Beam."""

    BeamDose: Annotated[vr.DS | None, Attribute(0x300A0084, "DS", "1", "3", name="Beam Dose")] = (
        None
    )
    """Beam Dose (300A,0084): Type 3, VR DS, VM 1. Dose (in Gy) due to current Beam for one treatment fraction. See Note 9."""

    BeamDoseType: Annotated[
        _BeamDoseTypeValue | None,
        Attribute(
            0x300A0090,
            "CS",
            "1",
            "1C",
            name="Beam Dose Type",
            enumerated=((0, ("PHYSICAL", "EFFECTIVE")),),
            when=("present", 0x300A0091),
            otherwise="may",
        ),
    ] = None
    """Beam Dose Type (300A,0090): Type 1C, VR CS, VM 1. Required if Alternate Beam Dose (300A,0091) is present. May be present otherwise. Type of Dose of the Beam Dose (300A,0084). Enumerated Values: PHYSICAL EFFECTIVE Shall not have the same value as Alternate Beam Dose Type (300A,0092). Required if Alternate Beam Dose (300A,0091) is present. May be present otherwise."""

    AlternateBeamDose: Annotated[
        vr.DS | None, Attribute(0x300A0091, "DS", "1", "3", name="Alternate Beam Dose")
    ] = None
    """Alternate Beam Dose (300A,0091): Type 3, VR DS, VM 1. Alternate Dose (in Gy) according to the Alternate Beam Dose Type (300A,0092). See Note 9."""

    AlternateBeamDoseType: Annotated[
        _AlternateBeamDoseTypeValue | None,
        Attribute(
            0x300A0092,
            "CS",
            "1",
            "1C",
            name="Alternate Beam Dose Type",
            enumerated=((0, ("PHYSICAL", "EFFECTIVE")),),
            when=("present", 0x300A0091),
        ),
    ] = None
    """Alternate Beam Dose Type (300A,0092): Type 1C, VR CS, VM 1. Required if Alternate Beam Dose (300A,0091) is present. Type of Dose of the Alternate Beam Dose (300A,0091). Enumerated Values: PHYSICAL EFFECTIVE Shall not have the same value as Beam Dose Type (300A,0090). Required if Alternate Beam Dose (300A,0091) is present."""

    BeamMeterset: Annotated[
        vr.DS | None, Attribute(0x300A0086, "DS", "1", "3", name="Beam Meterset")
    ] = None
    """Beam Meterset (300A,0086): Type 3, VR DS, VM 1. Machine setting to be delivered for current Beam, specified in Monitor Units (MU) or minutes as defined by Primary Dosimeter Unit (300A,00B3) (in RT Beams Module) for referenced Beam. See Note 4."""

    BeamDeliveryDurationLimit: Annotated[
        vr.FD | None, Attribute(0x300A00C5, "FD", "1", "3", name="Beam Delivery Duration Limit")
    ] = None
    """Beam Delivery Duration Limit (300A,00C5): Type 3, VR FD, VM 1. The expected maximum delivery time in sec. See Note 7."""

    DoseCalibrationConditionsVerifiedFlag: Annotated[
        _DoseCalibrationConditionsVerifiedFlagValue | None,
        Attribute(
            0x300C0123,
            "CS",
            "1",
            "3",
            name="Dose Calibration Conditions Verified Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Dose Calibration Conditions Verified Flag (300C,0123): Type 3, VR CS, VM 1. Indicates whether verifiable calibration conditions of the delivery device were used during treatment planning. Enumerated Values: YES NO"""

    DoseCalibrationConditionsSequence: Annotated[
        list[_DoseCalibrationConditionsSequenceItem] | None,
        Attribute(
            0x300C0120,
            "SQ",
            "1",
            "1C",
            name="Dose Calibration Conditions Sequence",
            when=(
                "and",
                ("present", 0x300C0123),
                ("value", 0x300C0123, 0, "in", ("YES",)),
                ("not", ("present", 0x300A065A)),
            ),
        ),
    ] = None
    """Dose Calibration Conditions Sequence (300C,0120): Type 1C, VR SQ, VM 1. Required if Dose Calibration Conditions Verified Flag (300C,0123) is present and equals YES and Radiation Device Configuration and Commissioning Key Sequence (300A,065A) is absent. May be present if Radiation Device Configuration and Commissioning Key Sequence (300A,065A) is present. Dose calibration conditions for the referenced beam. Required if Dose Calibration Conditions Verified Flag (300C,0123) is present and equals YES and Radiation Device Configuration and Commissioning Key Sequence (300A,065A) is absent."""

    RadiationDeviceConfigurationAndCommissioningKeySequence: Annotated[
        list[_ContentItem] | None,
        Attribute(
            0x300A065A,
            "SQ",
            "1",
            "1C",
            name="Radiation Device Configuration and Commissioning Key Sequence",
            when=(
                "and",
                ("present", 0x300C0123),
                ("value", 0x300C0123, 0, "in", ("YES",)),
                ("not", ("present", 0x300C0120)),
            ),
        ),
    ] = None
    """Radiation Device Configuration and Commissioning Key Sequence (300A,065A): Type 1C, VR SQ, VM 1. Required if Dose Calibration Conditions Verified Flag (300C,0123) is present and equals YES and Dose Calibration Conditions Sequence (300C,0120) is absent. May be present if Dose Calibration Conditions Sequence (300C,0120) is present. Keys identifying the configuration and commissioning data used as input for treatment planning of this Instance. Value Type (0040,A040) is constrained to value UIDREF."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateBeamDoseType": ("dicomodel.enums.alternate_beam_dose_type", "AlternateBeamDoseType"),
    "BeamDoseType": ("dicomodel.enums.beam_dose_type", "BeamDoseType"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DoseCalibrationConditionsSequenceItem": (
        "dicomodel.items.dose_calibration_conditions_sequence_item",
        "DoseCalibrationConditionsSequenceItem",
    ),
    "DoseCalibrationConditionsVerifiedFlag": (
        "dicomodel.enums.dose_calibration_conditions_verified_flag",
        "DoseCalibrationConditionsVerifiedFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
