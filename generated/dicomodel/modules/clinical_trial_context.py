"""Clinical Trial Context Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ClinicalTrialContextModule",
]


class ClinicalTrialContextModule(DicomModel):
    """Clinical Trial Context Module Attributes (PS3.3 Table C.34.4-1)."""

    dicom_name: ClassVar[str] = "Clinical Trial Context"
    dicom_table: ClassVar[str] = "table_C.34.4-1"

    ClinicalTrialSponsorName: Annotated[
        vr.LO, Attribute(0x00120010, "LO", "1", "1", name="Clinical Trial Sponsor Name")
    ]
    """Clinical Trial Sponsor Name (0012,0010): Type 1, VR LO, VM 1. The name of the clinical trial sponsor. See Section C.7.1.3.1.1."""

    ClinicalTrialProtocolID: Annotated[
        vr.LO, Attribute(0x00120020, "LO", "1", "1", name="Clinical Trial Protocol ID")
    ]
    """Clinical Trial Protocol ID (0012,0020): Type 1, VR LO, VM 1. Identifier for the noted protocol . See Section C.7.1.3.1.2."""

    ClinicalTrialProtocolName: Annotated[
        vr.LO | None, Attribute(0x00120021, "LO", "1", "2", name="Clinical Trial Protocol Name")
    ]
    """Clinical Trial Protocol Name (0012,0021): Type 2, VR LO, VM 1. The name of the clinical trial protocol .See Section C.7.1.3.1.3."""

    ClinicalTrialSiteID: Annotated[
        vr.LO | None, Attribute(0x00120030, "LO", "1", "2", name="Clinical Trial Site ID")
    ]
    """Clinical Trial Site ID (0012,0030): Type 2, VR LO, VM 1. The identifier of the site responsible for submitting clinical trial data. See Section C.7.1.3.1.4."""

    ClinicalTrialSiteName: Annotated[
        vr.LO | None, Attribute(0x00120031, "LO", "1", "2", name="Clinical Trial Site Name")
    ]
    """Clinical Trial Site Name (0012,0031): Type 2, VR LO, VM 1. Name of the site responsible for submitting clinical trial data. See Section C.7.1.3.1.5."""

    ClinicalTrialProtocolEthicsCommitteeName: Annotated[
        vr.LO | None,
        Attribute(
            0x00120081,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Protocol Ethics Committee Name",
            when=("present", 0x00120082),
        ),
    ] = None
    """Clinical Trial Protocol Ethics Committee Name (0012,0081): Type 1C, VR LO, VM 1. Required if Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) is present. Name of the Ethics Committee or Institutional Review Board (IRB) responsible for approval of the Clinical Trial. Required if Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) is present."""

    ClinicalTrialProtocolEthicsCommitteeApprovalNumber: Annotated[
        vr.LO | None,
        Attribute(
            0x00120082,
            "LO",
            "1",
            "3",
            name="Clinical Trial Protocol Ethics Committee Approval Number",
        ),
    ] = None
    """Clinical Trial Protocol Ethics Committee Approval Number (0012,0082): Type 3, VR LO, VM 1. Approval number issued by committee described in Clinical Trial Protocol Ethics Committee Name (0012,0081)."""

    EthicsCommitteeApprovalEffectivenessStartDate: Annotated[
        vr.DA | None,
        Attribute(
            0x00120086, "DA", "1", "3", name="Ethics Committee Approval Effectiveness Start Date"
        ),
    ] = None
    """Ethics Committee Approval Effectiveness Start Date (0012,0086): Type 3, VR DA, VM 1. The date the approval identified in Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) becomes effective."""

    EthicsCommitteeApprovalEffectivenessEndDate: Annotated[
        vr.DA | None,
        Attribute(
            0x00120087, "DA", "1", "3", name="Ethics Committee Approval Effectiveness End Date"
        ),
    ] = None
    """Ethics Committee Approval Effectiveness End Date (0012,0087): Type 3, VR DA, VM 1. The date the approval identified in Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) ceases to be effective."""

    ClinicalTrialCoordinatingCenterName: Annotated[
        vr.LO | None,
        Attribute(0x00120060, "LO", "1", "2", name="Clinical Trial Coordinating Center Name"),
    ]
    """Clinical Trial Coordinating Center Name (0012,0060): Type 2, VR LO, VM 1. The name of the institution that is responsible for coordinating the protocols for the clinical trial. See Section C.7.3.2.1.1."""
