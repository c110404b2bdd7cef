"""CID 12100 Vascular Ultrasound Report Document Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1315.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

USCarotidArteriesReport: _Final[_groups.Cid12100Code]
USArteryReport: _Final[_groups.Cid12100Code]
USVeinReport: _Final[_groups.Cid12100Code]
USDopplerVesselsReport: _Final[_groups.Cid12100Code]
USDopplerAbdominalVesselsReport: _Final[_groups.Cid12100Code]
USDopplerExtremityVesselsReport: _Final[_groups.Cid12100Code]
USDopplerHeadVesselsReport: _Final[_groups.Cid12100Code]
USDopplerLowerExtremityVesselsReport: _Final[_groups.Cid12100Code]
USDopplerUpperExtremityVesselsReport: _Final[_groups.Cid12100Code]
PeripheralVascularUltrasoundReport: _Final[_groups.Cid12100Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12100Code]]
