"""Presence rules of Clinical Trial Subject Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ClinicalTrialSubjectModule = (
    "table_C.7-2b",
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
            "IssuerOfClinicalTrialProtocolID",
            Attribute(0x00120022, "LO", "1", "3", name="Issuer of Clinical Trial Protocol ID"),
            None,
        ),
        (
            "OtherClinicalTrialProtocolIDsSequence",
            Attribute(
                0x00120023, "SQ", "1", "3", name="Other Clinical Trial Protocol IDs Sequence"
            ),
            Lazy(
                "dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item",
                "OtherClinicalTrialProtocolIDsSequenceItem",
            ),
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
            "IssuerOfClinicalTrialSiteID",
            Attribute(0x00120032, "LO", "1", "3", name="Issuer of Clinical Trial Site ID"),
            None,
        ),
        (
            "ClinicalTrialSiteName",
            Attribute(0x00120031, "LO", "1", "2", name="Clinical Trial Site Name"),
            None,
        ),
        (
            "ClinicalTrialSubjectID",
            Attribute(
                0x00120040,
                "LO",
                "1",
                "1C",
                name="Clinical Trial Subject ID",
                when=("not", ("present", 0x00120042)),
                otherwise="may",
            ),
            None,
        ),
        (
            "IssuerOfClinicalTrialSubjectID",
            Attribute(0x00120041, "LO", "1", "3", name="Issuer of Clinical Trial Subject ID"),
            None,
        ),
        (
            "ClinicalTrialSubjectReadingID",
            Attribute(
                0x00120042,
                "LO",
                "1",
                "1C",
                name="Clinical Trial Subject Reading ID",
                when=("not", ("present", 0x00120040)),
                otherwise="may",
            ),
            None,
        ),
        (
            "IssuerOfClinicalTrialSubjectReadingID",
            Attribute(
                0x00120043, "LO", "1", "3", name="Issuer of Clinical Trial Subject Reading ID"
            ),
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
    ),
)
