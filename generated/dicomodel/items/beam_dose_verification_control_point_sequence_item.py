"""Item class BeamDoseVerificationControlPointSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BeamDoseVerificationControlPointSequenceItem",
]


class BeamDoseVerificationControlPointSequenceItem(DicomModel):
    """An item of Beam Dose Verification Control Point Sequence (300A,008C), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Beam Dose Verification Control Point Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    CumulativeMetersetWeight: Annotated[
        vr.DS, Attribute(0x300A0134, "DS", "1", "1", name="Cumulative Meterset Weight")
    ]
    """Cumulative Meterset Weight (300A,0134): Type 1, VR DS, VM 1. The cumulative Meterset weight value, at which the beam dose point geometrical parameters apply."""

    ReferencedControlPointIndex: Annotated[
        vr.IS | None,
        Attribute(
            0x300C00F0,
            "IS",
            "1",
            "1C",
            name="Referenced Control Point Index",
            when=("unknown", "depends on a correspondence the data set does not state"),
        ),
    ] = None
    """Referenced Control Point Index (300C,00F0): Type 1C, VR IS, VM 1. Required, if the Referenced Cumulative Meterset corresponds to a Control Point in the Control Point Sequence (300A,0111). Uniquely identifies the Control Point specified by Control Point Index (300A,0112) within Beam referenced by Referenced Beam Number (300C,0006). See Section C.8.8.14.16."""

    BeamDosePointDepth: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0088,
            "FL",
            "1",
            "1C",
            name="Beam Dose Point Depth",
            when=(
                "unknown",
                "condition not read: not understood: 'all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093)' (in 'Required for all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093) has a value of NO')",
            ),
        ),
    ] = None
    """Beam Dose Point Depth (300A,0088): Type 1C, VR FL, VM 1. Required for all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093) has a value of NO. The depth (in mm) in the patient along a ray from the source to the dose point specified by the Dose Reference Point Coordinates (300A,0018) or the referenced ROI."""

    BeamDosePointEquivalentDepth: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0089,
            "FL",
            "1",
            "1C",
            name="Beam Dose Point Equivalent Depth",
            when=(
                "unknown",
                "condition not read: not understood: 'all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093)' (in 'Required for all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093) has a value of NO')",
            ),
        ),
    ] = None
    """Beam Dose Point Equivalent Depth (300A,0089): Type 1C, VR FL, VM 1. Required for all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093) has a value of NO. The radiological depth in mm (water-equivalent depth, taking tissue heterogeneity into account) in the patient along a ray from the source to the dose point specified by the Dose Reference Point Coordinates (300A,0018) or the referenced ROI..."""

    BeamDosePointSSD: Annotated[
        vr.FL | None,
        Attribute(
            0x300A008A,
            "FL",
            "1",
            "1C",
            name="Beam Dose Point SSD",
            when=(
                "unknown",
                "condition not read: not understood: 'all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093)' (in 'Required for all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093) has a value of NO')",
            ),
        ),
    ] = None
    """Beam Dose Point SSD (300A,008A): Type 1C, VR FL, VM 1. Required for all but the last Item in this Sequence and for the last Item if Depth Value Averaging Flag (300A,0093) has a value of NO. Source to patient surface (skin) distance in mm along a ray from the source to the dose point specified by the Dose Reference Point Coordinates (300A,0018) or the referenced ROI."""

    BeamDosePointSourceToExternalContourDistance: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0094, "DS", "1", "3", name="Beam Dose Point Source to External Contour Distance"
        ),
    ] = None
    """Beam Dose Point Source to External Contour Distance (300A,0094): Type 3, VR DS, VM 1. Source to External Contour distance in mm including devices associated with the patient anatomy model along a ray from the source to the dose point specified by the Dose Reference Point Coordinates (300A,0018) or the referenced ROI."""
