"""Presence rules of Clinical Trial Study Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ClinicalTrialStudyModule = (
    "table_C.7-4b",
    (
        (
            "ClinicalTrialTimePointID",
            Attribute(0x00120050, "LO", "1", "2", name="Clinical Trial Time Point ID"),
            None,
        ),
        (
            "IssuerOfClinicalTrialTimePointID",
            Attribute(0x00120055, "LO", "1", "3", name="Issuer of Clinical Trial Time Point ID"),
            None,
        ),
        (
            "ClinicalTrialTimePointDescription",
            Attribute(0x00120051, "ST", "1", "3", name="Clinical Trial Time Point Description"),
            None,
        ),
        (
            "ClinicalTrialTimePointTypeCodeSequence",
            Attribute(
                0x00120054, "SQ", "1", "3", name="Clinical Trial Time Point Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "LongitudinalTemporalOffsetFromEvent",
            Attribute(0x00120052, "FD", "1", "3", name="Longitudinal Temporal Offset from Event"),
            None,
        ),
        (
            "LongitudinalTemporalEventType",
            Attribute(
                0x00120053,
                "CS",
                "1",
                "1C",
                name="Longitudinal Temporal Event Type",
                when=("present", 0x00120052),
            ),
            None,
        ),
        (
            "ConsentForClinicalTrialUseSequence",
            Attribute(0x00120083, "SQ", "1", "3", name="Consent for Clinical Trial Use Sequence"),
            Lazy(
                "dicomodel.items.consent_for_clinical_trial_use_sequence_item",
                "ConsentForClinicalTrialUseSequenceItem",
            ),
        ),
    ),
)
