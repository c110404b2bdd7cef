"""Presence rules of Clinical Trial Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ClinicalTrialSeriesModule = (
    "table_C.7-5b",
    (
        (
            "ClinicalTrialCoordinatingCenterName",
            Attribute(0x00120060, "LO", "1", "2", name="Clinical Trial Coordinating Center Name"),
            None,
        ),
        (
            "ClinicalTrialSeriesID",
            Attribute(0x00120071, "LO", "1", "3", name="Clinical Trial Series ID"),
            None,
        ),
        (
            "IssuerOfClinicalTrialSeriesID",
            Attribute(0x00120073, "LO", "1", "3", name="Issuer of Clinical Trial Series ID"),
            None,
        ),
        (
            "ClinicalTrialSeriesDescription",
            Attribute(0x00120072, "LO", "1", "3", name="Clinical Trial Series Description"),
            None,
        ),
    ),
)
