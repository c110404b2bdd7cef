"""Item class FractionGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beam_dose_meaning import BeamDoseMeaningValue as _BeamDoseMeaningValue
    from dicomodel.items.referenced_beam_sequence_item_rt_fraction_scheme import (
        ReferencedBeamSequenceItemRTFractionScheme as _ReferencedBeamSequenceItemRTFractionScheme,
    )
    from dicomodel.items.referenced_brachy_application_setup_sequence_item_rt_fraction_scheme import (
        ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme as _ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item import (
        ReferencedDoseReferenceSequenceItem as _ReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamDoseMeaningValue = Lazy("dicomodel.enums.beam_dose_meaning", "BeamDoseMeaningValue")
    _ReferencedBeamSequenceItemRTFractionScheme = Lazy(
        "dicomodel.items.referenced_beam_sequence_item_rt_fraction_scheme",
        "ReferencedBeamSequenceItemRTFractionScheme",
    )
    _ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme = Lazy(
        "dicomodel.items.referenced_brachy_application_setup_sequence_item_rt_fraction_scheme",
        "ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme",
    )
    _ReferencedDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.referenced_dose_reference_sequence_item",
        "ReferencedDoseReferenceSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.alternate_beam_dose_type import (
        AlternateBeamDoseType as AlternateBeamDoseType,
    )
    from dicomodel.enums.beam_dose_meaning import BeamDoseMeaning as BeamDoseMeaning
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
    from dicomodel.items.referenced_beam_sequence_item_rt_fraction_scheme import (
        ReferencedBeamSequenceItemRTFractionScheme as ReferencedBeamSequenceItem,
    )
    from dicomodel.items.referenced_brachy_application_setup_sequence_item_rt_fraction_scheme import (
        ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme as ReferencedBrachyApplicationSetupSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item import (
        ReferencedDoseReferenceSequenceItem as ReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDoseSequenceItem,
    )

__all__ = [
    "AlternateBeamDoseType",
    "BeamDoseMeaning",
    "BeamDoseType",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "DoseCalibrationConditionsSequenceItem",
    "DoseCalibrationConditionsVerifiedFlag",
    "EquivalentCodeSequenceItem",
    "FractionGroupSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "ReferencedBeamSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class FractionGroupSequenceItem(DicomModel):
    """An item of Fraction Group Sequence (300A,0070), as first defined in RT Fraction Scheme Module Attributes (C.8-49)."""

    dicom_name: ClassVar[str] = "Fraction Group Sequence"
    dicom_table: ClassVar[str] = "table_C.8-49"

    FractionGroupNumber: Annotated[
        vr.IS, Attribute(0x300A0071, "IS", "1", "1", name="Fraction Group Number")
    ]
    """Fraction Group Number (300A,0071): Type 1, VR IS, VM 1. Identification number of the Fraction Group. The value of Fraction Group Number (300A,0071) shall be unique within the RT Plan in which it is created."""

    FractionGroupDescription: Annotated[
        vr.LO | None, Attribute(0x300A0072, "LO", "1", "3", name="Fraction Group Description")
    ] = None
    """Fraction Group Description (300A,0072): Type 3, VR LO, VM 1. The user defined description for the fraction group."""

    DefinitionSourceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the Fraction Group information. Only a single Item is permitted in this Sequence. Permitted Referenced SOP Class is RT Radiation Set (\"1.2.840.10008.5.1.4.1.1.481.12\"). See Section C.8.8.13.2."""

    ReferencedDoseSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0080, "SQ", "1", "3", name="Referenced Dose Sequence"),
    ] = None
    """Referenced Dose Sequence (300C,0080): Type 3, VR SQ, VM 1. Related Instances of RT Dose (for grids, isodose curves and named/unnamed point doses). One or more Items are permitted in this Sequence. See Note 1."""

    ReferencedDoseReferenceSequence: Annotated[
        list[_ReferencedDoseReferenceSequenceItem] | None,
        Attribute(0x300C0050, "SQ", "1", "3", name="Referenced Dose Reference Sequence"),
    ] = None
    """Referenced Dose Reference Sequence (300C,0050): Type 3, VR SQ, VM 1. Sequence of Dose References for the current Fraction Group. One or more Items are permitted in this Sequence."""

    NumberOfFractionsPlanned: Annotated[
        vr.IS | None, Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned")
    ]
    """Number of Fractions Planned (300A,0078): Type 2, VR IS, VM 1. Total number of treatments (Fractions) prescribed for current Fraction Group."""

    NumberOfFractionPatternDigitsPerDay: Annotated[
        vr.IS | None,
        Attribute(0x300A0079, "IS", "1", "3", name="Number of Fraction Pattern Digits Per Day"),
    ] = None
    """Number of Fraction Pattern Digits Per Day (300A,0079): Type 3, VR IS, VM 1. Number of digits in Fraction Pattern (300A,007B) used to represent one day. See Note 2."""

    RepeatFractionCycleLength: Annotated[
        vr.IS | None, Attribute(0x300A007A, "IS", "1", "3", name="Repeat Fraction Cycle Length")
    ] = None
    """Repeat Fraction Cycle Length (300A,007A): Type 3, VR IS, VM 1. Number of weeks needed to describe treatment pattern. See Note 2."""

    FractionPattern: Annotated[
        vr.LT | None, Attribute(0x300A007B, "LT", "1", "3", name="Fraction Pattern")
    ] = None
    """Fraction Pattern (300A,007B): Type 3, VR LT, VM 1. String of 0's (no treatment) and 1's (treatment) describing treatment pattern. Length of string is 7 x Number of Fraction Pattern Digits Per Day x Repeat Fraction Cycle Length. Pattern shall start on a Monday. See Note 2."""

    BeamDoseMeaning: Annotated[
        _BeamDoseMeaningValue | None,
        Attribute(
            0x300A008B,
            "CS",
            "1",
            "3",
            name="Beam Dose Meaning",
            enumerated=((0, ("BEAM_LEVEL", "FRACTION_LEVEL")),),
        ),
    ] = None
    """Beam Dose Meaning (300A,008B): Type 3, VR CS, VM 1. Indicates the meaning of Beam Dose (300A,0084). Enumerated Values: BEAM_LEVEL Beam Dose value is individually calculated for this Beam FRACTION_LEVEL Dose is calculated on the Fraction level, and the value of Beam Dose (300A,0084) is assign..."""

    NumberOfBeams: Annotated[vr.IS, Attribute(0x300A0080, "IS", "1", "1", name="Number of Beams")]
    """Number of Beams (300A,0080): Type 1, VR IS, VM 1. Number of Beams in current Fraction Group. If Number of Beams is greater then zero, Number of Brachy Application Setups (300A,00A0) shall equal zero."""

    ReferencedBeamSequence: Annotated[
        list[_ReferencedBeamSequenceItemRTFractionScheme] | None,
        Attribute(
            0x300C0004,
            "SQ",
            "1",
            "1C",
            name="Referenced Beam Sequence",
            when=("compare", 0x300A0080, 1, ">", 0),
        ),
    ] = None
    """Referenced Beam Sequence (300C,0004): Type 1C, VR SQ, VM 1. Required if Number of Beams (300A,0080) is greater than zero. Sequence of treatment beams in current Fraction Group. One or more Items shall be included in this Sequence. Required if Number of Beams (300A,0080) is greater than zero."""

    NumberOfBrachyApplicationSetups: Annotated[
        vr.IS, Attribute(0x300A00A0, "IS", "1", "1", name="Number of Brachy Application Setups")
    ]
    """Number of Brachy Application Setups (300A,00A0): Type 1, VR IS, VM 1. Number of Brachy Application Setups in current Fraction Group. If Number of Brachy Application Setups is greater then zero, Number of Beams (300A,0080) shall equal zero."""

    ReferencedBrachyApplicationSetupSequence: Annotated[
        list[_ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme] | None,
        Attribute(
            0x300C000A,
            "SQ",
            "1",
            "1C",
            name="Referenced Brachy Application Setup Sequence",
            when=("compare", 0x300A00A0, 1, ">", 0),
        ),
    ] = None
    """Referenced Brachy Application Setup Sequence (300C,000A): Type 1C, VR SQ, VM 1. Required if Number of Brachy Application Setups (300A,00A0) is greater than zero. Sequence of treatment Brachy Application Setups in current Fraction Group. Required if Number of Brachy Application Setups (300A,00A0) is greater than zero. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateBeamDoseType": ("dicomodel.enums.alternate_beam_dose_type", "AlternateBeamDoseType"),
    "BeamDoseMeaning": ("dicomodel.enums.beam_dose_meaning", "BeamDoseMeaning"),
    "BeamDoseType": ("dicomodel.enums.beam_dose_type", "BeamDoseType"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
    "ReferencedBeamSequenceItem": (
        "dicomodel.items.referenced_beam_sequence_item_rt_fraction_scheme",
        "ReferencedBeamSequenceItemRTFractionScheme",
    ),
    "ReferencedBrachyApplicationSetupSequenceItem": (
        "dicomodel.items.referenced_brachy_application_setup_sequence_item_rt_fraction_scheme",
        "ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme",
    ),
    "ReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_dose_reference_sequence_item",
        "ReferencedDoseReferenceSequenceItem",
    ),
    "ReferencedDoseSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
