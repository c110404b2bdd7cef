"""Inventory Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import inventory_completion_status as _inventory_completion_status
from dicomodel.enums import inventory_level as _inventory_level
from dicomodel.items.incorporated_inventory_instance_sequence_item import (
    IncorporatedInventoryInstanceSequenceItem,
)
from dicomodel.items.inventoried_studies_sequence_item import InventoriedStudiesSequenceItem
from dicomodel.items.inventory_access_end_points_sequence_item import (
    InventoryAccessEndPointsSequenceItem,
)
from dicomodel.items.scope_of_inventory_sequence_item import ScopeOfInventorySequenceItem
from dicomodel.model import Attribute, DicomModel


class InventoryModule(DicomModel):
    """Inventory Module Attributes (PS3.3 Table C.38.1-1)."""

    dicom_name: ClassVar[str] = "Inventory"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. With Content Time (0008,0033), time point at which the Inventory creation began. See Section C.38.1.1.1."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. With Content Date (0008,0023), time point at which the Inventory creation began. See Section C.38.1.1.1."""

    ScopeOfInventorySequence: Annotated[
        list[ScopeOfInventorySequenceItem] | None,
        Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
    ]
    """Scope of Inventory Sequence (0008,0400): Type 2, VR SQ, VM 1. Matching Key Attribute values for the Studies to be included in the Inventory. See Section C.38.2.1.1.1. Zero or one Item shall be included in this Sequence."""

    TransactionUID: Annotated[
        vr.UI | None,
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
    ] = None
    """Transaction UID (0008,1195): Type 1C, VR UI, VM 1. Required if Inventory creation was initiated by a transaction of the Inventory Creation SOP Class. May be present otherwise to identify a local user-initiated or system-initiated Inventory creation. UID of the transaction that initiated creation of this Inventory SOP Instance. Required if Inventory creation was initiated by a transaction of the Inventory Creation SOP Class."""

    InventoryPurpose: Annotated[
        vr.LT | None, Attribute(0x00080401, "LT", "1", "2", name="Inventory Purpose")
    ]
    """Inventory Purpose (0008,0401): Type 2, VR LT, VM 1. Purpose for which the inventory was created."""

    InventoryInstanceDescription: Annotated[
        vr.LT | None, Attribute(0x00080402, "LT", "1", "3", name="Inventory Instance Description")
    ] = None
    """Inventory Instance Description (0008,0402): Type 3, VR LT, VM 1. Description of the content of this Inventory SOP Instance, such as limitation of the scope of this Instance within the Scope of Inventory."""

    InventoryLevel: Annotated[
        _inventory_level.InventoryLevel,
        Attribute(
            0x00080403,
            "CS",
            "1",
            "1",
            name="Inventory Level",
            enumerated=((0, ("STUDY", "SERIES", "INSTANCE")),),
        ),
    ]
    """Inventory Level (0008,0403): Type 1, VR CS, VM 1. Information Entity level for records included in Inventory. Enumerated Values: STUDY Study records only SERIES Study and Series records only INSTANCE Study, Series, and Instance records"""

    InventoryCompletionStatus: Annotated[
        _inventory_completion_status.InventoryCompletionStatus,
        Attribute(
            0x00080426,
            "CS",
            "1",
            "1",
            name="Inventory Completion Status",
            enumerated=((0, ("COMPLETE", "FAILURE", "CANCELED", "PARTIAL")),),
        ),
    ]
    """Inventory Completion Status (0008,0426): Type 1, VR CS, VM 1. Degree of completion of Inventory with respect to the defined Scope of Inventory. See Section C.38.1.1.3."""

    NumberOfStudyRecordsInInstance: Annotated[
        vr.UL, Attribute(0x00080427, "UL", "1", "1", name="Number of Study Records in Instance")
    ]
    """Number of Study Records in Instance (0008,0427): Type 1, VR UL, VM 1. Number of Items in the Inventoried Studies Sequence (0008,0423) in this SOP Instance."""

    TotalNumberOfStudyRecords: Annotated[
        vr.UV, Attribute(0x00080428, "UV", "1", "1", name="Total Number of Study Records")
    ]
    """Total Number of Study Records (0008,0428): Type 1, VR UV, VM 1. Total number of Items in the Inventoried Studies Sequence (0008,0423) in this SOP Instance and in SOP Instances referenced in the Incorporated Inventory Instance Sequence (0008,0422)."""

    InventoryAccessEndPointsSequence: Annotated[
        list[InventoryAccessEndPointsSequenceItem] | None,
        Attribute(0x00080420, "SQ", "1", "3", name="Inventory Access End Points Sequence"),
    ] = None
    """Inventory Access End Points Sequence (0008,0420): Type 3, VR SQ, VM 1. Baseline end point(s) for network protocols to access incorporated Inventory SOP Instances. See Section C.38.1.1.4. Only a single Item is permitted in this Sequence."""

    StudyAccessEndPointsSequence: Annotated[
        list[InventoryAccessEndPointsSequenceItem] | None,
        Attribute(0x00080421, "SQ", "1", "3", name="Study Access End Points Sequence"),
    ] = None
    """Study Access End Points Sequence (0008,0421): Type 3, VR SQ, VM 1. Baseline end point(s) for network protocols to access inventoried Study-related SOP Instances. See Section C.38.1.1.4. Only a single Item is permitted in this Sequence."""

    IncorporatedInventoryInstanceSequence: Annotated[
        list[IncorporatedInventoryInstanceSequenceItem] | None,
        Attribute(0x00080422, "SQ", "1", "2", name="Incorporated Inventory Instance Sequence"),
    ]
    """Incorporated Inventory Instance Sequence (0008,0422): Type 2, VR SQ, VM 1. Inventory SOP Instances whose content is included by reference. See Section C.38.1.1.5. Zero or more Items shall be included in this Sequence."""

    InventoriedStudiesSequence: Annotated[
        list[InventoriedStudiesSequenceItem] | None,
        Attribute(0x00080423, "SQ", "1", "2", name="Inventoried Studies Sequence"),
    ]
    """Inventoried Studies Sequence (0008,0423): Type 2, VR SQ, VM 1. Records of Studies whose Attribute values match the Scope of Inventory. See Section C.38.1.1.6. Zero or more Items shall be included in this Sequence."""
