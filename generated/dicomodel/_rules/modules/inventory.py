"""Presence rules of Inventory Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
InventoryModule = (
    "table_C.38.1-1",
    (
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        (
            "ScopeOfInventorySequence",
            Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
            Lazy(
                "dicomodel.items.scope_of_inventory_sequence_item", "ScopeOfInventorySequenceItem"
            ),
        ),
        (
            "TransactionUID",
            Attribute(
                0x00081195,
                "UI",
                "1",
                "1C",
                name="Transaction UID",
                when=(
                    "unknown",
                    "names no attribute: Inventory creation was initiated by a transaction of the Inventory Creation SOP Class",
                ),
                otherwise="may",
            ),
            None,
        ),
        ("InventoryPurpose", Attribute(0x00080401, "LT", "1", "2", name="Inventory Purpose"), None),
        (
            "InventoryInstanceDescription",
            Attribute(0x00080402, "LT", "1", "3", name="Inventory Instance Description"),
            None,
        ),
        (
            "InventoryLevel",
            Attribute(
                0x00080403,
                "CS",
                "1",
                "1",
                name="Inventory Level",
                enumerated=((0, ("STUDY", "SERIES", "INSTANCE")),),
            ),
            None,
        ),
        (
            "InventoryCompletionStatus",
            Attribute(
                0x00080426,
                "CS",
                "1",
                "1",
                name="Inventory Completion Status",
                enumerated=((0, ("COMPLETE", "FAILURE", "CANCELED", "PARTIAL")),),
            ),
            None,
        ),
        (
            "NumberOfStudyRecordsInInstance",
            Attribute(0x00080427, "UL", "1", "1", name="Number of Study Records in Instance"),
            None,
        ),
        (
            "TotalNumberOfStudyRecords",
            Attribute(0x00080428, "UV", "1", "1", name="Total Number of Study Records"),
            None,
        ),
        (
            "InventoryAccessEndPointsSequence",
            Attribute(0x00080420, "SQ", "1", "3", name="Inventory Access End Points Sequence"),
            Lazy("dicomodel.items.access_end_points_item", "AccessEndPointsItem"),
        ),
        (
            "StudyAccessEndPointsSequence",
            Attribute(0x00080421, "SQ", "1", "3", name="Study Access End Points Sequence"),
            Lazy("dicomodel.items.access_end_points_item", "AccessEndPointsItem"),
        ),
        (
            "IncorporatedInventoryInstanceSequence",
            Attribute(0x00080422, "SQ", "1", "2", name="Incorporated Inventory Instance Sequence"),
            Lazy("dicomodel.items.inventory_reference_item", "InventoryReferenceItem"),
        ),
        (
            "InventoriedStudiesSequence",
            Attribute(0x00080423, "SQ", "1", "2", name="Inventoried Studies Sequence"),
            Lazy(
                "dicomodel.items.inventoried_studies_sequence_item",
                "InventoriedStudiesSequenceItem",
            ),
        ),
    ),
)
