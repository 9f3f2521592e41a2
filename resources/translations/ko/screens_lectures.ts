<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>LecturesScreen</name>
        <message>
            <source>Question board</source>
            <translation>질문 게시판</translation>
        </message>
        <message>
            <source>Tax lectures</source>
            <translation>세금 강의</translation>
        </message>
    </context>
</TS>