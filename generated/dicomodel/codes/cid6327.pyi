"""CID 6327 Prostate Imaging Indication.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1384.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ActiveSurveillanceOfProstateCancer: _Final[_groups.Cid6327Code]
FamilyHistoryOfProstateCancer: _Final[_groups.Cid6327Code]
Staging: _Final[_groups.Cid6327Code]
AssessChange: _Final[_groups.Cid6327Code]
ElevatedProstateSpecificAntigen: _Final[_groups.Cid6327Code]
ReviewOfAnOutsideStudy: _Final[_groups.Cid6327Code]
Brachytherapy: _Final[_groups.Cid6327Code]
PreBiopsyLocalizationOfProstateLesion: _Final[_groups.Cid6327Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6327Code]]
