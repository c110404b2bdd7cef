"""Hanging Protocol Display Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import partial_data_display_handling as _partial_data_display_handling
from dicomodel.items.display_sets_sequence_item import DisplaySetsSequenceItem
from dicomodel.items.navigation_indicator_sequence_item import NavigationIndicatorSequenceItem
from dicomodel.items.synchronized_scrolling_sequence_item import SynchronizedScrollingSequenceItem
from dicomodel.model import Attribute, DicomModel


class HangingProtocolDisplayModule(DicomModel):
    """Hanging Protocol Display Module Attributes (PS3.3 Table C.23.3-1)."""

    dicom_name: ClassVar[str] = "Hanging Protocol Display"
    dicom_table: ClassVar[str] = "table_C.23.3-1"

    DisplaySetsSequence: Annotated[
        list[DisplaySetsSequenceItem],
        Attribute(0x00720200, "SQ", "1", "1", name="Display Sets Sequence"),
    ]
    """Display Sets Sequence (0072,0200): Type 1, VR SQ, VM 1. Sequence that describes one or more display sets used to present the Image Sets defined in the Image Sets Sequence (0072,0020). One or more Items shall be included in this Sequence. See Section C.23.3.1."""

    PartialDataDisplayHandling: Annotated[
        _partial_data_display_handling.PartialDataDisplayHandling | None,
        Attribute(
            0x00720208,
            "CS",
            "1",
            "2",
            name="Partial Data Display Handling",
            enumerated=((0, ("MAINTAIN_LAYOUT", "ADAPT_LAYOUT")),),
        ),
    ]
    """Partial Data Display Handling (0072,0208): Type 2, VR CS, VM 1. If one or more Image Sets identified by Image Set Number (0072,0032) in the Display Sets Sequence (0072,0200) Items is not available, indicate whether or not to maintain the expected layout in the absence of complete Image Sets."""

    SynchronizedScrollingSequence: Annotated[
        list[SynchronizedScrollingSequenceItem] | None,
        Attribute(0x00720210, "SQ", "1", "3", name="Synchronized Scrolling Sequence"),
    ] = None
    """Synchronized Scrolling Sequence (0072,0210): Type 3, VR SQ, VM 1. Each Item of this Attribute identifies a group of Display Sets to which synchronized scrolling is to be applied. One or more Items are permitted in this Sequence."""

    NavigationIndicatorSequence: Annotated[
        list[NavigationIndicatorSequenceItem] | None,
        Attribute(0x00720214, "SQ", "1", "3", name="Navigation Indicator Sequence"),
    ] = None
    """Navigation Indicator Sequence (0072,0214): Type 3, VR SQ, VM 1. Describes a geometric relationship between Display Sets for the purpose of static or interactive localization or navigation. One or more Items are permitted in this Sequence."""
