"""Item class AcquisitionProtocolElementSpecificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.parameters_specification_sequence_item_general_defined_acquisition import (
    ParametersSpecificationSequenceItemGeneralDefinedAcquisition,
)
from dicomodel.model import Attribute, DicomModel


class AcquisitionProtocolElementSpecificationSequenceItem(DicomModel):
    """An item of Acquisition Protocol Element Specification Sequence (0018,991F), as first defined in General Defined Acquisition Module Attributes (C.34.9-1)."""

    dicom_name: ClassVar[str] = "Acquisition Protocol Element Specification Sequence"
    dicom_table: ClassVar[str] = "table_C.34.9-1"

    ProtocolElementNumber: Annotated[
        vr.US, Attribute(0x00189921, "US", "1", "1", name="Protocol Element Number")
    ]
    """Protocol Element Number (0018,9921): Type 1, VR US, VM 1. The Protocol Element Number of the Acquisition Protocol Element being specified in this Item."""

    ParametersSpecificationSequence: Annotated[
        list[ParametersSpecificationSequenceItemGeneralDefinedAcquisition] | None,
        Attribute(0x00189913, "SQ", "1", "3", name="Parameters Specification Sequence"),
    ] = None
    """Parameters Specification Sequence (0018,9913): Type 3, VR SQ, VM 1. Constraints on one or more acquisition parameters. One or more Items are permitted in this Sequence."""
