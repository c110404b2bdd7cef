"""CID 12006 Fetal Long Bones Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.555.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HumerusLength: _Final[_groups.Cid12006Code]
RadiusLength: _Final[_groups.Cid12006Code]
UlnaLength: _Final[_groups.Cid12006Code]
TibiaLength: _Final[_groups.Cid12006Code]
FibulaLength: _Final[_groups.Cid12006Code]
ClavicleLength: _Final[_groups.Cid12006Code]
FemurLength: _Final[_groups.Cid12006Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12006Code]]
