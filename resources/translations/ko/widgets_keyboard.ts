<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ 지우기</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>⇧ Shift</source>
        <comment>Korean layout: types the double consonants ㄲ ㄸ ㅃ ㅆ ㅉ</comment>
        <translation>⇧ 쌍자음</translation>
    </message>
    <message>
        <source>⇧ Shift</source>
        <comment>English layout: types capital letters</comment>
        <translation>⇧ 대문자</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한글</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>지웠습니다</translation>
    </message>
    <message>
        <source>Hidden character</source>
        <translation>숨긴 글자</translation>
    </message>
</context>
</TS>
