"""CID 12009 Early Gestation Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.558.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CrownRumpLength: _Final[_groups.Cid12009Code]
GestationalSacDiameter: _Final[_groups.Cid12009Code]
SpineLength: _Final[_groups.Cid12009Code]
YolkSacLength: _Final[_groups.Cid12009Code]
NuchalTranslucency: _Final[_groups.Cid12009Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12009Code]]
