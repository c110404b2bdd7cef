"""Item class DoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.dose_reference_structure_type import (
        DoseReferenceStructureTypeTerm as _DoseReferenceStructureTypeTerm,
    )
    from dicomodel.enums.dose_reference_type import DoseReferenceTypeTerm as _DoseReferenceTypeTerm
    from dicomodel.enums.dose_value_interpretation import (
        DoseValueInterpretationValue as _DoseValueInterpretationValue,
    )
else:
    from dicomodel.lazy import Lazy

    _DoseReferenceStructureTypeTerm = Lazy(
        "dicomodel.enums.dose_reference_structure_type", "DoseReferenceStructureTypeTerm"
    )
    _DoseReferenceTypeTerm = Lazy("dicomodel.enums.dose_reference_type", "DoseReferenceTypeTerm")
    _DoseValueInterpretationValue = Lazy(
        "dicomodel.enums.dose_value_interpretation", "DoseValueInterpretationValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.dose_reference_structure_type import (
        DoseReferenceStructureTypeTerm as DoseReferenceStructureTypeTerm,
    )
    from dicomodel.enums.dose_reference_type import DoseReferenceTypeTerm as DoseReferenceTypeTerm
    from dicomodel.enums.dose_value_interpretation import (
        DoseValueInterpretation as DoseValueInterpretation,
    )

__all__ = [
    "DoseReferenceSequenceItem",
    "DoseReferenceStructureTypeTerm",
    "DoseReferenceTypeTerm",
    "DoseValueInterpretation",
]


class DoseReferenceSequenceItem(DicomModel):
    """An item of Dose Reference Sequence (300A,0010), as first defined in RT Prescription Module Attributes (C.8-46)."""

    dicom_name: ClassVar[str] = "Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-46"

    DoseReferenceNumber: Annotated[
        vr.IS, Attribute(0x300A0012, "IS", "1", "1", name="Dose Reference Number")
    ]
    """Dose Reference Number (300A,0012): Type 1, VR IS, VM 1. Identification number of the Dose Reference. The value of Dose Reference Number (300A,0012) shall be unique within the RT Plan in which it is created."""

    DoseReferenceUID: Annotated[
        vr.UI | None, Attribute(0x300A0013, "UI", "1", "3", name="Dose Reference UID")
    ] = None
    """Dose Reference UID (300A,0013): Type 3, VR UI, VM 1. A unique identifier for a Dose Reference that can be used to link the same entity across multiple RT Plan objects."""

    DoseReferenceStructureType: Annotated[
        _DoseReferenceStructureTypeTerm | vr.CS,
        Attribute(0x300A0014, "CS", "1", "1", name="Dose Reference Structure Type"),
    ]
    """Dose Reference Structure Type (300A,0014): Type 1, VR CS, VM 1. Structure type of Dose Reference. Defined Terms: POINT dose reference point specified as ROI VOLUME dose reference volume specified as ROI COORDINATES point specified by Dose Reference Point Coordinates (300A,0018) SITE dose reference clini..."""

    DoseValuePurpose: Annotated[
        list[vr.CS] | None, Attribute(0x300A061D, "CS", "1-n", "3", name="Dose Value Purpose")
    ] = None
    """Dose Value Purpose (300A,061D): Type 3, VR CS, VM 1-n. Purpose(s) for which dose values in this Sequence Item are provided. Defined Terms: TRACKING The dose values are used for tracking. QA The dose values are used for quality assurance. See Section C.8.8.10.1 and Section C.8.8.14.7."""

    DoseValueInterpretation: Annotated[
        _DoseValueInterpretationValue | None,
        Attribute(
            0x300A068B,
            "CS",
            "1",
            "3",
            name="Dose Value Interpretation",
            enumerated=((0, ("NOMINAL", "ACTUAL")),),
        ),
    ] = None
    """Dose Value Interpretation (300A,068B): Type 3, VR CS, VM 1. Interpretation of the dose values. Enumerated Values: NOMINAL ACTUAL See Section C.8.8.10.1 and Section C.8.8.14.7."""

    DoseReferenceDescription: Annotated[
        vr.LO | None, Attribute(0x300A0016, "LO", "1", "3", name="Dose Reference Description")
    ] = None
    """Dose Reference Description (300A,0016): Type 3, VR LO, VM 1. User-defined description of Dose Reference."""

    ReferencedROINumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30060084,
            "IS",
            "1",
            "1C",
            name="Referenced ROI Number",
            when=("value", 0x300A0014, 0, "in", ("POINT", "VOLUME")),
        ),
    ] = None
    """Referenced ROI Number (3006,0084): Type 1C, VR IS, VM 1. Required if Dose Reference Structure Type (300A,0014) is POINT or VOLUME. Uniquely identifies ROI representing the dose reference specified by ROI Number (3006,0022) in Structure Set ROI Sequence (3006,0020) in Structure Set Module within RT Structure Set in Referenced Structure Set Sequence (300C,0060) in RT Gen..."""

    DoseReferencePointCoordinates: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x300A0018,
            "DS",
            "3",
            "1C",
            name="Dose Reference Point Coordinates",
            when=("value", 0x300A0014, 0, "in", ("COORDINATES",)),
        ),
    ] = None
    """Dose Reference Point Coordinates (300A,0018): Type 1C, VR DS, VM 3. Required if Dose Reference Structure Type (300A,0014) is COORDINATES. Coordinates (x,y,z) of Reference Point in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm). Required if Dose Reference Structure Type (300A,0014) is COORDINATES."""

    NominalPriorDose: Annotated[
        vr.DS | None, Attribute(0x300A001A, "DS", "1", "3", name="Nominal Prior Dose")
    ] = None
    """Nominal Prior Dose (300A,001A): Type 3, VR DS, VM 1. Dose (in Gy) from prior treatment to this Dose Reference (e.g., from a previous course of treatment)."""

    DoseReferenceType: Annotated[
        _DoseReferenceTypeTerm | vr.CS,
        Attribute(0x300A0020, "CS", "1", "1", name="Dose Reference Type"),
    ]
    """Dose Reference Type (300A,0020): Type 1, VR CS, VM 1. Type of Dose Reference. Defined Terms: TARGET treatment target (corresponding to GTV, PTV, or CTV in [ICRU Report 50]) ORGAN_AT_RISK Organ at Risk (as defined in [ICRU Report 50])"""

    ConstraintWeight: Annotated[
        vr.DS | None, Attribute(0x300A0021, "DS", "1", "3", name="Constraint Weight")
    ] = None
    """Constraint Weight (300A,0021): Type 3, VR DS, VM 1. Relative importance of satisfying constraint, where high values represent more important constraints."""

    DeliveryWarningDose: Annotated[
        vr.DS | None, Attribute(0x300A0022, "DS", "1", "3", name="Delivery Warning Dose")
    ] = None
    """Delivery Warning Dose (300A,0022): Type 3, VR DS, VM 1. The dose (in Gy) that when reached or exceeded should cause some action to be taken."""

    DeliveryMaximumDose: Annotated[
        vr.DS | None, Attribute(0x300A0023, "DS", "1", "3", name="Delivery Maximum Dose")
    ] = None
    """Delivery Maximum Dose (300A,0023): Type 3, VR DS, VM 1. The maximum dose (in Gy) that can be delivered to the dose reference."""

    TargetMinimumDose: Annotated[
        vr.DS | None, Attribute(0x300A0025, "DS", "1", "3", name="Target Minimum Dose")
    ] = None
    """Target Minimum Dose (300A,0025): Type 3, VR DS, VM 1. Minimum permitted dose (in Gy) to Dose Reference if Dose Reference Type (300A,0020) is TARGET."""

    TargetPrescriptionDose: Annotated[
        vr.DS | None, Attribute(0x300A0026, "DS", "1", "3", name="Target Prescription Dose")
    ] = None
    """Target Prescription Dose (300A,0026): Type 3, VR DS, VM 1. Prescribed dose (in Gy) to Dose Reference if Dose Reference Type (300A,0020) is TARGET."""

    TargetMaximumDose: Annotated[
        vr.DS | None, Attribute(0x300A0027, "DS", "1", "3", name="Target Maximum Dose")
    ] = None
    """Target Maximum Dose (300A,0027): Type 3, VR DS, VM 1. Maximum permitted dose (in Gy) to Dose Reference if Dose Reference Type (300A,0020) is TARGET."""

    TargetUnderdoseVolumeFraction: Annotated[
        vr.DS | None, Attribute(0x300A0028, "DS", "1", "3", name="Target Underdose Volume Fraction")
    ] = None
    """Target Underdose Volume Fraction (300A,0028): Type 3, VR DS, VM 1. Maximum permitted fraction (in percent) of Target to receive less than the Target Prescription Dose if Dose Reference Type (300A,0020) is TARGET and Dose Reference Structure Type (300A,0014) is VOLUME. See Section C.8.8.10.1."""

    OrganAtRiskFullVolumeDose: Annotated[
        vr.DS | None, Attribute(0x300A002A, "DS", "1", "3", name="Organ at Risk Full-volume Dose")
    ] = None
    """Organ at Risk Full-volume Dose (300A,002A): Type 3, VR DS, VM 1. Maximum dose (in Gy) to entire Dose Reference if Dose Reference Type (300A,0020) is ORGAN_AT_RISK and Dose Reference Structure Type (300A,0014) is VOLUME."""

    OrganAtRiskLimitDose: Annotated[
        vr.DS | None, Attribute(0x300A002B, "DS", "1", "3", name="Organ at Risk Limit Dose")
    ] = None
    """Organ at Risk Limit Dose (300A,002B): Type 3, VR DS, VM 1. Maximum permitted dose (in Gy) to any part of Dose Reference if Dose Reference Type (300A,0020) is ORGAN_AT_RISK and Dose Reference Structure Type (300A,0014) is VOLUME."""

    OrganAtRiskMaximumDose: Annotated[
        vr.DS | None, Attribute(0x300A002C, "DS", "1", "3", name="Organ at Risk Maximum Dose")
    ] = None
    """Organ at Risk Maximum Dose (300A,002C): Type 3, VR DS, VM 1. Maximum dose (in Gy) to non-overdosed part of Dose Reference if Dose Reference Type (300A,0020) is ORGAN_AT_RISK and Dose Reference Structure Type (300A,0014) is VOLUME."""

    OrganAtRiskOverdoseVolumeFraction: Annotated[
        vr.DS | None,
        Attribute(0x300A002D, "DS", "1", "3", name="Organ at Risk Overdose Volume Fraction"),
    ] = None
    """Organ at Risk Overdose Volume Fraction (300A,002D): Type 3, VR DS, VM 1. Maximum permitted fraction (in percent) of the Organ at Risk to receive more than the Organ at Risk Maximum Dose if Dose Reference Type (300A,0020) is ORGAN_AT_RISK and Dose Reference Structure Type (300A,0014) is VOLUME."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DoseReferenceStructureTypeTerm": (
        "dicomodel.enums.dose_reference_structure_type",
        "DoseReferenceStructureTypeTerm",
    ),
    "DoseReferenceTypeTerm": ("dicomodel.enums.dose_reference_type", "DoseReferenceTypeTerm"),
    "DoseValueInterpretation": (
        "dicomodel.enums.dose_value_interpretation",
        "DoseValueInterpretation",
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
