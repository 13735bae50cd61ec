from tests.bot.harness import Harness


async def test_start_welcomes_in_chinese(bot: Harness) -> None:
    ann = bot.user(42)
    reply = await bot.ask(ann, "/start")
    assert "欢迎" in reply.text
    reply = await bot.ask(ann, "/upcoming")
    print(reply.text, reply.button_texts)
    assert "书市" in reply.text
