"""Item class MRReceiveCoilSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultiCoilElementUsed as MultiCoilElementUsed
from dicomodel.enums import QuadratureReceiveCoil as QuadratureReceiveCoil
from dicomodel.enums import ReceiveCoilTypeTerm as ReceiveCoilTypeTerm
from dicomodel.items import MRReceiveCoilSequenceItem as MRReceiveCoilSequenceItem
from dicomodel.items import MultiCoilDefinitionSequenceItem as MultiCoilDefinitionSequenceItem

__all__ = [
    "MRReceiveCoilSequenceItem",
    "MultiCoilDefinitionSequenceItem",
    "MultiCoilElementUsed",
    "QuadratureReceiveCoil",
    "ReceiveCoilTypeTerm",
]
