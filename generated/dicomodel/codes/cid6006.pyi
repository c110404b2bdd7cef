"""CID 6006 Mammography Margin Characteristic.

Extensible, version 20020904, UID 1.2.840.10008.6.1.336.
Includes CID 6007.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CircumscribedLesion: _Final[_groups.Cid6006Code]
MicrolobulatedLesion: _Final[_groups.Cid6006Code]
ObscuredLesion: _Final[_groups.Cid6006Code]
IndistinctLesion: _Final[_groups.Cid6006Code]
SpiculatedLesion: _Final[_groups.Cid6006Code]
AngularMargins: _Final[_groups.Cid6006Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6006Code]]
