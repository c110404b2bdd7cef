"""Presence rules of Tiny Patient Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2099a; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TinyPatientModule = (
    "table_P-1",
    (("PatientName", Attribute(0x00100010, "PN", "1", "2", name="PatientName"), None),),
)
