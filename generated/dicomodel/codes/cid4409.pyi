"""CID 4409 Skin Procedure.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1354.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CryotherapyToSkinLesion: _Final[_groups.Cid4409Code]
BiopsyOfSkin: _Final[_groups.Cid4409Code]
PhotodynamicTherapyOfSkin: _Final[_groups.Cid4409Code]
TopicalChemotherapyForMalignantNeoplasm: _Final[_groups.Cid4409Code]
ExcisionOfSkin: _Final[_groups.Cid4409Code]
LaserProcedureOnSkin: _Final[_groups.Cid4409Code]
RadiofrequencyAblation: _Final[_groups.Cid4409Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4409Code]]
