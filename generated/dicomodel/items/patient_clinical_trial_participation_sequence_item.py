"""Item class PatientClinicalTrialParticipationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PatientClinicalTrialParticipationSequenceItem",
]


class PatientClinicalTrialParticipationSequenceItem(DicomModel):
    """An item of Patient Clinical Trial Participation Sequence (0038,0502), as first defined in Patient Medical Module Attributes (C.2-4)."""

    dicom_name: ClassVar[str] = "Patient Clinical Trial Participation Sequence"
    dicom_table: ClassVar[str] = "table_C.2-4"

    ClinicalTrialSponsorName: Annotated[
        vr.LO | None, Attribute(0x00120010, "LO", "1", None, name="Clinical Trial Sponsor Name")
    ] = None
    """Clinical Trial Sponsor Name (0012,0010): no Type, VR LO, VM 1. The name of the clinical trial or research sponsor, responsible for conducting the clinical trial and for defining the Clinical Trial Protocol."""

    ClinicalTrialProtocolID: Annotated[
        vr.LO | None, Attribute(0x00120020, "LO", "1", None, name="Clinical Trial Protocol ID")
    ] = None
    """Clinical Trial Protocol ID (0012,0020): no Type, VR LO, VM 1. Identifier for the noted protocol, used by the Clinical Trial Sponsor to uniquely identify the investigational protocol."""

    ClinicalTrialProtocolName: Annotated[
        vr.LO | None, Attribute(0x00120021, "LO", "1", None, name="Clinical Trial Protocol Name")
    ] = None
    """Clinical Trial Protocol Name (0012,0021): no Type, VR LO, VM 1. The name or title of the clinical trial or research protocol."""

    ClinicalTrialSiteID: Annotated[
        vr.LO | None, Attribute(0x00120030, "LO", "1", None, name="Clinical Trial Site ID")
    ] = None
    """Clinical Trial Site ID (0012,0030): no Type, VR LO, VM 1. The identifier, issued by the Clinical Trial Sponsor, of the site responsible for submitting clinical trial or research data."""

    ClinicalTrialSiteName: Annotated[
        vr.LO | None, Attribute(0x00120031, "LO", "1", None, name="Clinical Trial Site Name")
    ] = None
    """Clinical Trial Site Name (0012,0031): no Type, VR LO, VM 1. Name of the site responsible for submitting clinical trial or research data."""

    ClinicalTrialSubjectID: Annotated[
        vr.LO | None, Attribute(0x00120040, "LO", "1", None, name="Clinical Trial Subject ID")
    ] = None
    """Clinical Trial Subject ID (0012,0040): no Type, VR LO, VM 1. The assigned identifier for the Patient as a clinical trial or research subject."""

    ClinicalTrialSubjectReadingID: Annotated[
        vr.LO | None,
        Attribute(0x00120042, "LO", "1", None, name="Clinical Trial Subject Reading ID"),
    ] = None
    """Clinical Trial Subject Reading ID (0012,0042): no Type, VR LO, VM 1. Identifies the Patient as a clinical trial or research subject for blinded evaluations."""
