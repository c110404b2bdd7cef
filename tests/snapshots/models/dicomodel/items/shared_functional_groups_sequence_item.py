"""Item class SharedFunctionalGroupsSequenceItem.

Generated from DICOM 2099a; do not edit.
"""

from typing import ClassVar

from pydantic import ConfigDict

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SharedFunctionalGroupsSequenceItem",
]


class SharedFunctionalGroupsSequenceItem(DicomModel):
    """An item of SharedFunctionalGroupsSequence (5200,9229), as first defined in Tiny Image Module Attributes (T-1)."""

    model_config = ConfigDict(extra="allow")
    dicom_name: ClassVar[str] = "SharedFunctionalGroupsSequence"
    dicom_table: ClassVar[str] = "table_T-1"
