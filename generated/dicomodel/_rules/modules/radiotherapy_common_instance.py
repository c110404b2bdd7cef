"""Presence rules of Radiotherapy Common Instance Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RadiotherapyCommonInstanceModule = (
    "table_C.36.4-1",
    (
        (
            "InstanceCreationDate",
            Attribute(0x00080012, "DA", "1", "1", name="Instance Creation Date"),
            None,
        ),
        (
            "InstanceCreationTime",
            Attribute(0x00080013, "TM", "1", "1", name="Instance Creation Time"),
            None,
        ),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        (
            "AuthorIdentificationSequence",
            Attribute(0x30100019, "SQ", "1", "2", name="Author Identification Sequence"),
            Lazy(
                "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
            ),
        ),
        (
            "InstanceLevelReferencedPerformedProcedureStepSequence",
            Attribute(
                0x30100044,
                "SQ",
                "1",
                "1C",
                name="Instance-Level Referenced Performed Procedure Step Sequence",
                when=(
                    "and",
                    (
                        "unknown",
                        "names no attribute: this Instance has been created as a result of a procedure step request",
                    ),
                    ("not", ("present", 0x00081111)),
                ),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
