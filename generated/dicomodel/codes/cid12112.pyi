"""CID 12112 Abdominopelvic Artery (Unpaired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.579.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbdominalAorta: _Final[_groups.Cid12112Code]
InfraRenalAorta: _Final[_groups.Cid12112Code]
SupraRenalAorta: _Final[_groups.Cid12112Code]
CeliacAxis: _Final[_groups.Cid12112Code]
CommonHepaticArtery: _Final[_groups.Cid12112Code]
GastroduodenalArtery: _Final[_groups.Cid12112Code]
InferiorMesentericArtery: _Final[_groups.Cid12112Code]
ProperHepaticArtery: _Final[_groups.Cid12112Code]
RightBranchOfHepaticArtery: _Final[_groups.Cid12112Code]
LeftBranchOfHepaticArtery: _Final[_groups.Cid12112Code]
SplenicArtery: _Final[_groups.Cid12112Code]
SuperiorMesentericArtery: _Final[_groups.Cid12112Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12112Code]]
