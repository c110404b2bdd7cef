"""CID 4405 Skin Disorder.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1350.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SolarDegeneration: _Final[_groups.Cid4405Code]
AtypicalMoleSyndrome: _Final[_groups.Cid4405Code]
TelangiectasiaCutaneousCancerSyndromeFamilial: _Final[_groups.Cid4405Code]
GorlinSyndrome: _Final[_groups.Cid4405Code]
PTENHamartomaTumorSyndrome: _Final[_groups.Cid4405Code]
RomboSyndrome: _Final[_groups.Cid4405Code]
Rosacea: _Final[_groups.Cid4405Code]
Eczema: _Final[_groups.Cid4405Code]
Psoriasis: _Final[_groups.Cid4405Code]
LupusErythematosus: _Final[_groups.Cid4405Code]
AtopicDermatitis: _Final[_groups.Cid4405Code]
ActinicKeratosis: _Final[_groups.Cid4405Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4405Code]]
