"""Presence rules of Visit Status Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisitStatusModule = (
    "table_C.3-3",
    (
        ("VisitStatusID", Attribute(0x00380008, "CS", "1", None, name="Visit Status ID"), None),
        (
            "CurrentPatientLocation",
            Attribute(0x00380300, "LO", "1", None, name="Current Patient Location"),
            None,
        ),
        (
            "PatientInstitutionResidence",
            Attribute(0x00380400, "LO", "1", None, name="Patient's Institution Residence"),
            None,
        ),
        ("VisitComments", Attribute(0x00384000, "LT", "1", None, name="Visit Comments"), None),
    ),
)
