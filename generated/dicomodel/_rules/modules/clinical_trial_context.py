"""Presence rules of Clinical Trial Context Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ClinicalTrialContextModule = (
    "table_C.34.4-1",
    (
        (
            "ClinicalTrialSponsorName",
            Attribute(0x00120010, "LO", "1", "1", name="Clinical Trial Sponsor Name"),
            None,
        ),
        (
            "ClinicalTrialProtocolID",
            Attribute(0x00120020, "LO", "1", "1", name="Clinical Trial Protocol ID"),
            None,
        ),
        (
            "ClinicalTrialProtocolName",
            Attribute(0x00120021, "LO", "1", "2", name="Clinical Trial Protocol Name"),
            None,
        ),
        (
            "ClinicalTrialSiteID",
            Attribute(0x00120030, "LO", "1", "2", name="Clinical Trial Site ID"),
            None,
        ),
        (
            "ClinicalTrialSiteName",
            Attribute(0x00120031, "LO", "1", "2", name="Clinical Trial Site Name"),
            None,
        ),
        (
            "ClinicalTrialProtocolEthicsCommitteeName",
            Attribute(
                0x00120081,
                "LO",
                "1",
                "1C",
                name="Clinical Trial Protocol Ethics Committee Name",
                when=("present", 0x00120082),
            ),
            None,
        ),
        (
            "ClinicalTrialProtocolEthicsCommitteeApprovalNumber",
            Attribute(
                0x00120082,
                "LO",
                "1",
                "3",
                name="Clinical Trial Protocol Ethics Committee Approval Number",
            ),
            None,
        ),
        (
            "EthicsCommitteeApprovalEffectivenessStartDate",
            Attribute(
                0x00120086,
                "DA",
                "1",
                "3",
                name="Ethics Committee Approval Effectiveness Start Date",
            ),
            None,
        ),
        (
            "EthicsCommitteeApprovalEffectivenessEndDate",
            Attribute(
                0x00120087, "DA", "1", "3", name="Ethics Committee Approval Effectiveness End Date"
            ),
            None,
        ),
        (
            "ClinicalTrialCoordinatingCenterName",
            Attribute(0x00120060, "LO", "1", "2", name="Clinical Trial Coordinating Center Name"),
            None,
        ),
    ),
)
