"""Clinical Trial Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ClinicalTrialSeriesModule",
]


class ClinicalTrialSeriesModule(DicomModel):
    """Clinical Trial Series Module Attributes (PS3.3 Table C.7-5b)."""

    dicom_name: ClassVar[str] = "Clinical Trial Series"
    dicom_table: ClassVar[str] = "table_C.7-5b"

    ClinicalTrialCoordinatingCenterName: Annotated[
        vr.LO | None,
        Attribute(0x00120060, "LO", "1", "2", name="Clinical Trial Coordinating Center Name"),
    ]
    """Clinical Trial Coordinating Center Name (0012,0060): Type 2, VR LO, VM 1. The name of the institution that is responsible for coordinating the medical imaging data for the clinical trial or research. See Section C.7.3.2.1.1."""

    ClinicalTrialSeriesID: Annotated[
        vr.LO | None, Attribute(0x00120071, "LO", "1", "3", name="Clinical Trial Series ID")
    ] = None
    """Clinical Trial Series ID (0012,0071): Type 3, VR LO, VM 1. An identifier of the Series in the context of a clinical trial or research. See Section C.7.3.2.1.2."""

    IssuerOfClinicalTrialSeriesID: Annotated[
        vr.LO | None,
        Attribute(0x00120073, "LO", "1", "3", name="Issuer of Clinical Trial Series ID"),
    ] = None
    """Issuer of Clinical Trial Series ID (0012,0073): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Series ID."""

    ClinicalTrialSeriesDescription: Annotated[
        vr.LO | None,
        Attribute(0x00120072, "LO", "1", "3", name="Clinical Trial Series Description"),
    ] = None
    """Clinical Trial Series Description (0012,0072): Type 3, VR LO, VM 1. A description of the Series in the context of a clinical trial or research. See Section C.7.3.2.1.2."""
