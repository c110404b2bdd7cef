"""CID 12112 Abdominopelvic Artery (Unpaired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.579.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid12112Code, ...]]
