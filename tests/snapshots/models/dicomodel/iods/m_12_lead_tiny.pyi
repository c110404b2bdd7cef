"""12-Lead Tiny IOD.

Generated from DICOM 2099a; do not edit."""

from dicomodel.enums import ConfocalMode as ConfocalMode
from dicomodel.enums import ModalityTerm as ModalityTerm
from dicomodel.iods import TwelveLeadTiny as TwelveLeadTiny
from dicomodel.iods import TwelveLeadTinyFunctionalGroupsItem as TwelveLeadTinyFunctionalGroupsItem
from dicomodel.items import PixelMeasuresSequenceItem as PixelMeasuresSequenceItem
from dicomodel.items import ReferencedImageSequenceItem as ReferencedImageSequenceItem
from dicomodel.items import ReferencedImageSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ConfocalMode",
    "ModalityTerm",
    "PixelMeasuresSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "TwelveLeadTiny",
    "TwelveLeadTinyFunctionalGroupsItem",
]
