"""CID 3112 Attenuation Correction.

Extensible, version 20080927, UID 1.2.840.10008.6.1.744.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AlgorithmicAttenuationCorrection: _Final[_groups.Cid3112Code]
NMTransmissionAttenuationCorrection: _Final[_groups.Cid3112Code]
CTBasedAttenuationCorrection: _Final[_groups.Cid3112Code]
NoAttenuationCorrection: _Final[_groups.Cid3112Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3112Code]]
