<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>ChatScreen</name>
        <message>
            <source>Ask staff</source>
            <translation>직원에게 묻기</translation>
        </message>
        <message>
            <source>Chat with tax office staff</source>
            <translation>세무과 직원과 채팅</translation>
        </message>
        <message>
            <source>A staff member answers here in writing. Please do not type your resident registration number. The conversation is deleted as soon as you leave this screen.</source>
            <translation>직원이 이곳에 글로 답해 드립니다. 주민등록번호는 입력하지 마세요. 이 화면을 나가면 대화 내용은 바로 삭제됩니다.</translation>
        </message>
        <message>
            <source>Start the chat</source>
            <translation>채팅 시작하기</translation>
        </message>
        <message>
            <source>Hello, I am Seti. Ask me anything about local taxes.</source>
            <translation>안녕하세요, 세티예요. 지방세에 대해 무엇이든 물어보세요.</translation>
        </message>
        <message>
            <source>Please come to the kiosk</source>
            <translation>키오스크로 와 주세요</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>네</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>감사합니다</translation>
        </message>
        <message>
            <source>Type your question</source>
            <translation>질문을 입력하세요</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>보내기</translation>
        </message>
        <message>
            <source>End chat</source>
            <translation>채팅 끝내기</translation>
        </message>
        <message>
            <source>The chat is not available at the moment. Please press Call staff, or call the tax office.</source>
            <translation>지금은 채팅을 이용할 수 없습니다. 직원 호출 버튼을 누르시거나 세무과로 전화해 주세요.</translation>
        </message>
        <message>
            <source>You</source>
            <translation>나</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>직원</translation>
        </message>
        <message>
            <source>Please type a message first, then press Send.</source>
            <translation>먼저 메시지를 입력한 다음 보내기를 눌러 주세요.</translation>
        </message>
        <message>
            <source>A staff member is answering.</source>
            <translation>직원이 답하고 있습니다.</translation>
        </message>
        <message>
            <source>Waiting for a staff member. Please type your question.</source>
            <translation>직원을 기다리고 있습니다. 질문을 입력해 주세요.</translation>
        </message>
        <message>
            <source>How do I apply for a refund?</source>
            <translation>환급 신청은 어떻게 하나요?</translation>
        </message>
        <message>
            <source>I can help. Which tax was the refund for?</source>
            <translation>도와드리겠습니다. 어떤 세금의 환급인가요?</translation>
        </message>
    </context>
</TS>