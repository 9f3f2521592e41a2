<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BilingualTextEditor</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Both languages need a text.</source>
        <translation>한국어와 영어 모두 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Saved. Residents see the new text from their next visit.</source>
        <translation>저장했습니다. 주민이 화면을 다시 열면 새 내용이 보입니다.</translation>
    </message>
</context>
</TS>
