"""CID 12320 General Ultrasound Report Document Title.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1447.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

UltrasoundReport: _Final[_groups.Cid12320Code]
USTendonReport: _Final[_groups.Cid12320Code]
USBreastReport: _Final[_groups.Cid12320Code]
USKidneyReport: _Final[_groups.Cid12320Code]
USLiverReport: _Final[_groups.Cid12320Code]
USProstateTransrectalReport: _Final[_groups.Cid12320Code]
USPancreasReport: _Final[_groups.Cid12320Code]
USSpleenReport: _Final[_groups.Cid12320Code]
USShoulderReport: _Final[_groups.Cid12320Code]
USScrotumAndTesticleReport: _Final[_groups.Cid12320Code]
USThyroidReport: _Final[_groups.Cid12320Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12320Code]]
