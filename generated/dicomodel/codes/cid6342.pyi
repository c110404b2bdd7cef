"""CID 6342 Prostate MRI Margin Characteristic from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1399.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CircumscribedLesion: _Final[_groups.Cid6342Code]
NonCircumscribedMargin: _Final[_groups.Cid6342Code]
IndistinctLesion: _Final[_groups.Cid6342Code]
ObscuredLesion: _Final[_groups.Cid6342Code]
Irregular: _Final[_groups.Cid6342Code]
SpiculatedLesion: _Final[_groups.Cid6342Code]
Encapsulated: _Final[_groups.Cid6342Code]
ErasedCharcoalSign: _Final[_groups.Cid6342Code]
PartiallyEncapsulated: _Final[_groups.Cid6342Code]
CompletelyEncapsulated: _Final[_groups.Cid6342Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6342Code]]
