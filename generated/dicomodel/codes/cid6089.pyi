"""CID 6089 Substance.

Extensible, version 20160314, UID 1.2.840.10008.6.1.411.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EthylAlcohol: _Final[_groups.Cid6089Code]
Amphetamine: _Final[_groups.Cid6089Code]
Marijuana: _Final[_groups.Cid6089Code]
Cocaine: _Final[_groups.Cid6089Code]
Heroin: _Final[_groups.Cid6089Code]
LysergicAcidDiethlyamide: _Final[_groups.Cid6089Code]
Mescaline: _Final[_groups.Cid6089Code]
Phencyclidine: _Final[_groups.Cid6089Code]
Methadone: _Final[_groups.Cid6089Code]
Morphine: _Final[_groups.Cid6089Code]
Methlyphenidate: _Final[_groups.Cid6089Code]
ChewingTobacco: _Final[_groups.Cid6089Code]
CigaretteSmokingTobacco: _Final[_groups.Cid6089Code]
Caffeine: _Final[_groups.Cid6089Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6089Code]]
