"""Item class MRSpectroscopyFOVGeometrySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MRSpectroscopyFOVGeometrySequenceItem",
]


class MRSpectroscopyFOVGeometrySequenceItem(DicomModel):
    """An item of MR Spectroscopy FOV/Geometry Sequence (0018,9103), as first defined in MR Spectroscopy FOV/Geometry Macro Attributes (C.8-105)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy FOV/Geometry Sequence"
    dicom_table: ClassVar[str] = "table_C.8-105"

    SpectroscopyAcquisitionDataColumns: Annotated[
        vr.UL | None,
        Attribute(
            0x00189127,
            "UL",
            "1",
            "1C",
            name="Spectroscopy Acquisition Data Columns",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Spectroscopy Acquisition Data Columns (0018,9127): Type 1C, VR UL, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Number of data points in the columns direction. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    SpectroscopyAcquisitionPhaseRows: Annotated[
        vr.UL | None,
        Attribute(
            0x00189095,
            "UL",
            "1",
            "1C",
            name="Spectroscopy Acquisition Phase Rows",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Spectroscopy Acquisition Phase Rows (0018,9095): Type 1C, VR UL, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Number of Phase Encoding Rows. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    SpectroscopyAcquisitionPhaseColumns: Annotated[
        vr.UL | None,
        Attribute(
            0x00189234,
            "UL",
            "1",
            "1C",
            name="Spectroscopy Acquisition Phase Columns",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Spectroscopy Acquisition Phase Columns (0018,9234): Type 1C, VR UL, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Number of Phase Encoding Columns. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    SpectroscopyAcquisitionOutOfPlanePhaseSteps: Annotated[
        vr.UL | None,
        Attribute(
            0x00189159,
            "UL",
            "1",
            "1C",
            name="Spectroscopy Acquisition Out-of-plane Phase Steps",
            when=(
                "and",
                ("value", 0x00189200, 0, "in", ("PLANE",)),
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Spectroscopy Acquisition Out-of-plane Phase Steps (0018,9159): Type 1C, VR UL, VM 1. Required if MR Spectroscopy Acquisition Type (0018,9200) equals PLANE and Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Number of out-of-plane Phase Encoding steps. Required if MR Spectroscopy Acquisition Type (0018,9200) equals PLANE and Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    PercentSampling: Annotated[
        vr.DS | None,
        Attribute(
            0x00180093,
            "DS",
            "1",
            "1C",
            name="Percent Sampling",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Percent Sampling (0018,0093): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Fraction of acquisition matrix lines acquired, expressed as a percent. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    PercentPhaseFieldOfView: Annotated[
        vr.DS | None,
        Attribute(
            0x00180094,
            "DS",
            "1",
            "1C",
            name="Percent Phase Field of View",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Percent Phase Field of View (0018,0094): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Ratio of field of view dimension in phase direction to field of view dimension in frequency direction, expressed as a percent. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""
