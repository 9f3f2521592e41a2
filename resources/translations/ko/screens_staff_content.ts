<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>StaffContentScreen</name>
        <message>
            <source>Content</source>
            <translation>콘텐츠</translation>
        </message>
        <message>
            <source>FAQ</source>
            <translation>자주 묻는 질문</translation>
        </message>
        <message>
            <source>Info cards</source>
            <translation>안내 카드</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>설명회</translation>
        </message>
        <message>
            <source>Concern days</source>
            <translation>세금고민 해결의 날</translation>
        </message>
        <message>
            <source>Import lectures</source>
            <translation>강의 가져오기</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>질문</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>답변</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>내용</translation>
        </message>
    </context>
</TS>